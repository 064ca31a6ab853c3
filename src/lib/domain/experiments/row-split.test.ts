import { describe, expect, it } from 'vitest';
import { summariseRatioRows } from '../stats/ratio-delta';
import { summariseSplit } from '../stats/split-summary';
import { withRowSplitChecks } from './row-split';

/** `count` rows of (y, x), x alternating around `x` so that the rows vary. */
const rows = (count: number, y: number, x: number) =>
	summariseRatioRows(
		Array.from({ length: count }, (_, i) => [y + (i % 3), x + (i % 2) * 50] as const)
	);

describe('sample-ratio checks on rows', () => {
	// Argentina in the sample (data/README.md): 190 rows of A against 108 of B, impressions
	// 9.3M against 1.7M. Rows are what the plan splits; impressions are an outcome.
	const summary = summariseSplit(
		{
			kind: 'ratio',
			groups: [
				{ group: 'AR', control: rows(190, 650, 49_000), treatment: rows(108, 200, 15_000) },
				{ group: 'MX', control: rows(162, 360, 36_000), treatment: rows(162, 320, 29_000) }
			]
		},
		{ names: { control: 'A', treatment: 'B' }, planned: [50, 50] }
	);
	const checked = withRowSplitChecks(summary);

	it('tests the rows against the planned split: 190/108 is a mismatch, 162/162 is not', () => {
		const [ar, mx] = checked.groups;
		// Pearson's chi-square by hand: 2 × (190 − 149)² / 149.
		expect(ar!.srm.chi2).toBeCloseTo((2 * 41 ** 2) / 149, 10);
		// data/README.md gives the row-split p as 2.0e-6.
		expect(ar!.srm.p).toBeGreaterThan(1.9e-6);
		expect(ar!.srm.p).toBeLessThan(2.1e-6);
		expect(ar!.srm.mismatch).toBe(true);
		expect(mx!.srm).toEqual({ chi2: 0, p: 1, mismatch: false });
	});

	it('checks the pooled rows too, and leaves every other number as it was', () => {
		expect(checked.pooled.srm.chi2).toBeCloseTo((2 * (352 - 311) ** 2) / 311, 10);
		// On summed impressions every market would be flagged.
		expect(summary.groups.every((g) => g.srm.mismatch)).toBe(true);
		expect({ ...checked.groups[0], srm: null }).toEqual({ ...summary.groups[0], srm: null });
		expect(checked.combined).toEqual(summary.combined);
		expect(checked.methodDescription).toContain('chi-square on rows');
	});
});
