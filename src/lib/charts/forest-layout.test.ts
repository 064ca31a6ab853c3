import { describe, expect, it } from 'vitest';
import { layoutForest } from './forest-layout';

const markets = [
	{ key: 'US', label: 'United States', estimate: 0.0003, low: 0.0001, high: 0.0005 },
	{ key: 'AR', label: 'Argentina', estimate: -0.0002, low: -0.0006, high: 0.0003 }
];
const combined = {
	key: 'combined',
	label: 'Combined',
	estimate: 0.0005,
	low: 0.0004,
	high: 0.0006
};

describe('the forest plot layout', () => {
	const layout = layoutForest(markets, combined, { width: 500, rowHeight: 30, labelWidth: 100 });

	it('puts every interval and zero inside the plotting area, on nice ticks', () => {
		const [lowest, highest] = layout.x.domain() as [number, number];
		expect(lowest).toBeLessThanOrEqual(-0.0006);
		expect(highest).toBeGreaterThanOrEqual(0.0006);
		expect(layout.zero).toBeGreaterThan(100);
		expect(layout.zero).toBeLessThan(500);
		expect(layout.ticks.map((t) => t.value)).toContain(0);
		for (const row of layout.rows) {
			expect(row.x1).toBeLessThanOrEqual(row.cx);
			expect(row.cx).toBeLessThanOrEqual(row.x2);
		}
	});

	it('draws one row per market, then the combined diamond from its low to its high end', () => {
		expect(layout.rows.map((r) => r.key)).toEqual(['US', 'AR']);
		expect(layout.rows[1]!.y - layout.rows[0]!.y).toBe(30);
		expect(layout.combined!.y).toBeGreaterThan(layout.rows[1]!.y);
		const corners = layout.combined!.points.split(' ').map((p) => p.split(',').map(Number));
		expect(corners[0]![0]).toBeCloseTo(layout.x(0.0004), 1);
		expect(corners[2]![0]).toBeCloseTo(layout.x(0.0006), 1);
		expect(layout.axisY).toBeGreaterThan(layout.combined!.y);
		expect(layout.height).toBeGreaterThan(layout.axisY);
	});

	it('keeps zero on the scale when every difference is on one side', () => {
		const positive = layoutForest([{ ...markets[0]! }], null, { width: 400 });
		expect(positive.x.domain()[0]).toBeLessThanOrEqual(0);
		expect(positive.combined).toBeNull();
	});
});
