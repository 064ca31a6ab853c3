import { describe, expect, it } from 'vitest';
import { LEGEND_ROW_PX, layoutLegend } from './legend-layout';

const item = (key: string, label = key) => ({ key, label, color: '#000000' });

describe('layoutLegend', () => {
	it('places entries left to right on one row when they fit', () => {
		const { items, height } = layoutLegend([item('US'), item('MX'), item('BR')], {
			left: 10,
			top: 300,
			width: 400
		});
		// Each entry: 16 px swatch + 6 px gap + 2 chars × 7 px, then 16 px before the next.
		expect(items.map((i) => [i.key, i.x, i.y])).toEqual([
			['US', 10, 300],
			['MX', 62, 300],
			['BR', 114, 300]
		]);
		expect(height).toBe(LEGEND_ROW_PX);
	});

	it('wraps to a new row before passing the right edge', () => {
		const long = 'x'.repeat(20); // 162 px wide
		const { items, height } = layoutLegend([item('a', long), item('b', long), item('c', long)], {
			left: 0,
			top: 0,
			width: 400
		});
		expect(items.map((i) => [i.x, i.y])).toEqual([
			[0, 0],
			[178, 0],
			[0, LEGEND_ROW_PX]
		]);
		expect(height).toBe(2 * LEGEND_ROW_PX);
	});

	it('keeps an entry wider than the legend on its own row', () => {
		const { items } = layoutLegend([item('a', 'y'.repeat(80)), item('b')], {
			left: 0,
			top: 0,
			width: 100
		});
		expect(items.map((i) => i.y)).toEqual([0, LEGEND_ROW_PX]);
	});

	it('takes no height without entries', () => {
		expect(layoutLegend([], { left: 0, top: 0, width: 100 }).height).toBe(0);
	});
});
