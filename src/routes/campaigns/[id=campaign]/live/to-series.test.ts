import { describe, expect, it } from 'vitest';
import { toSeries, toSplitSeries } from './to-series';

const MARKETS = [
	{ code: 'US', name: 'United States' },
	{ code: 'MX', name: 'Mexico' }
];

describe('toSeries', () => {
	it("draws a line per market in the campaign's order, unlisted markets after, sorted", () => {
		const rows = [
			{ date: '2026-11-01', market: 'ZZ', value: 1 },
			{ date: '2026-11-01', market: 'MX', value: 2 },
			{ date: '2026-11-01', market: 'AA', value: 3 },
			{ date: '2026-11-02', market: 'MX', value: null }
		];
		const series = toSeries(rows, MARKETS, (market) => `color-${market}`);
		expect(series.map((s) => s.key)).toEqual(['MX', 'AA', 'ZZ']);
		expect(series[0]).toEqual({
			key: 'MX',
			label: 'MX · Mexico',
			color: 'color-MX',
			points: [
				{ date: '2026-11-01', value: 2 },
				{ date: '2026-11-02', value: null }
			]
		});
		expect(series[1]!.label).toBe('AA · AA');
	});
});

describe('toSplitSeries', () => {
	it('draws a line per value, sorted by name, the rows without one last', () => {
		const rows = [
			{ date: '2026-11-01', series: null, value: 1 },
			{ date: '2026-11-01', series: 'tiktok', value: 2 },
			{ date: '2026-11-01', series: 'instagram', value: 3 }
		];
		const series = toSplitSeries(rows, (value) => value.toUpperCase(), 'none', ['a', 'b']);
		expect(series.map(({ key, label, color }) => ({ key, label, color }))).toEqual([
			{ key: 'instagram', label: 'INSTAGRAM', color: 'a' },
			{ key: 'tiktok', label: 'TIKTOK', color: 'b' },
			{ key: '', label: 'none', color: 'a' }
		]);
	});
});
