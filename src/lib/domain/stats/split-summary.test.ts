import { describe, expect, it } from 'vitest';
import { summariseRatioRows } from './ratio-delta';
import {
	expectInterval,
	expectRelative,
	REFERENCE,
	type ReferenceComparison,
	type ReferenceSplit
} from './reference/reference-cases';
import { summariseSplit, type GroupComparison, type SplitSummary } from './split-summary';

const setting = { names: { control: 'control', treatment: 'treatment' }, planned: [1, 1] } as const;

/** Every figure of one comparison against the Python reference. */
function expectComparison(actual: GroupComparison, expected: ReferenceComparison) {
	const what = (field: string) => `${actual.group ?? 'pooled'} ${field}`;
	actual.variants.forEach((variant, i) => {
		expect(variant).toMatchObject({
			name: expected.variants[i]!.name,
			n: expected.variants[i]!.n,
			conversions: expected.variants[i]!.conversions
		});
		expectRelative(variant.rate, expected.variants[i]!.rate, what('rate'));
	});
	expectRelative(actual.diff, expected.diff, what('diff'));
	expectInterval(actual.ci95, expected.ci95, what('Wald'));
	expectInterval(actual.ci95Newcombe, expected.ci95_newcombe, what('Newcombe'));
	expectRelative(actual.relLift, expected.rel_lift, what('relative lift'));
	expectInterval(actual.relLiftCi95, expected.rel_lift_ci95, what('relative lift interval'));
	expectRelative(actual.z, expected.z, what('z'));
	expectRelative(actual.p, expected.p, what('p'));
	expectRelative(actual.pAdjusted, expected.p_adjusted ?? null, what('BH p'));
	expectRelative(actual.probBeatControl, expected.prob_beat_control, what('P(beat)'));
	expectRelative(actual.expectedLoss, expected.expected_loss, what('expected loss'));
	expectRelative(actual.srm.chi2, expected.srm.chi2, what('SRM chi2'));
	expectRelative(actual.srm.p, expected.srm.p, what('SRM p'));
	expect(actual.srm.mismatch, what('SRM flag')).toBe(expected.srm.mismatch);
}

/** A whole summary against the reference: groups, pooled, combined, heterogeneity, Simpson. */
function expectSplit(actual: SplitSummary, expected: ReferenceSplit) {
	expect(actual.groups.map((g) => g.group)).toEqual(expected.groups.map((g) => g.group));
	actual.groups.forEach((group, i) => expectComparison(group, expected.groups[i]!));
	expectComparison(actual.pooled, expected.pooled);
	expectRelative(actual.combined!.diff, expected.combined.diff, 'combined diff');
	expectInterval(actual.combined!.ci95, expected.combined.ci95, 'combined interval');
	expectRelative(actual.heterogeneity!.q, expected.heterogeneity.q, 'Q');
	expectRelative(actual.heterogeneity!.p, expected.heterogeneity.p, 'Q p');
	expectRelative(actual.heterogeneity!.i2, expected.heterogeneity.i2, 'I²');
	expect(actual.simpson).toEqual({
		warning: expected.simpson_warning,
		reasons: expected.simpson_reasons
	});
}

// Reference: reference/make_reference.py's split_reference (statsmodels, SciPy and numpy per
// figure, as its header lists), on the constructed fixtures in cases.json.
describe('summariseSplit on unit-level data', () => {
	it("warns of Simpson's paradox when summed counts reverse what every market shows", () => {
		const { groups, expected } = REFERENCE.simpson.paradox;
		const summary = summariseSplit({ kind: 'units', groups }, setting);
		expectSplit(summary, expected);
		expect(summary.simpson.warning).toBe(true);
		expect(summary.groups.every((g) => g.diff > 0)).toBe(true);
		expect(summary.pooled.diff).toBeLessThan(0);
	});

	it('stays quiet when the markets and the summed counts agree', () => {
		const { groups, expected } = REFERENCE.simpson.consistent;
		const summary = summariseSplit({ kind: 'units', groups }, setting);
		expectSplit(summary, expected);
		expect(summary.simpson).toEqual({ warning: false, reasons: [] });
	});

	it('names its method and leaves the pooled row out of the adjusted family', () => {
		const summary = summariseSplit(
			{ kind: 'units', groups: REFERENCE.simpson.consistent.groups },
			setting
		);
		expect(summary.method).toBe('two-proportion-z');
		expect(summary.methodDescription).toContain('pooled variance');
		expect(summary.pooled.pAdjusted).toBeNull();
		expect(summary.combined!.groups).toBe(2);
	});

	it('leaves a market without variance out of the combined estimate', () => {
		const summary = summariseSplit(
			{
				kind: 'units',
				groups: [
					{ group: 'A', control: { n: 50, conversions: 0 }, treatment: { n: 50, conversions: 0 } },
					{
						group: 'B',
						control: { n: 500, conversions: 50 },
						treatment: { n: 500, conversions: 60 }
					}
				]
			},
			setting
		);
		expect(summary.groups[0]!.p).toBeNull();
		expect(summary.combined!.groups).toBe(1);
		expect(summary.combined!.diff).toBeCloseTo(0.02, 12);
		expect(summary.heterogeneity).toEqual({ q: 0, p: null, i2: null });
		expect(summary.groups[1]!.pAdjusted).toBe(summary.groups[1]!.p);
	});
});

describe('summariseSplit on ratio-of-sums rows', () => {
	// Reference: numpy (reference/cases.json, ratio), the same rows split into two markets.
	const [week, few] = REFERENCE.ratio;
	const summary = summariseSplit(
		{
			kind: 'ratio',
			groups: [
				{
					group: 'week',
					control: summariseRatioRows(week!.control_rows),
					treatment: summariseRatioRows(week!.treatment_rows)
				},
				{
					group: 'few',
					control: summariseRatioRows(few!.control_rows),
					treatment: summariseRatioRows(few!.treatment_rows)
				}
			]
		},
		setting
	);

	it('compares each market by the delta method with rows as units', () => {
		const group = summary.groups[0]!;
		expect(summary.method).toBe('ratio-delta');
		expect(summary.methodDescription).toContain('rows as units');
		expect(group.variants[0]).toMatchObject({
			n: 21,
			conversions: week!.expected.control_summary.sum_y
		});
		expectRelative(group.diff, week!.expected.diff, 'diff');
		expectInterval(group.ci95, week!.expected.ci95, 'interval');
		expectRelative(group.p, week!.expected.p, 'p');
		expect(group.ci95Newcombe).toBeNull();
		expectRelative(group.srm.chi2, week!.expected.srm.chi2, 'SRM on denominators');
	});

	it('pools the rows of every market, not the markets as units', () => {
		const all = (side: 'control_rows' | 'treatment_rows') => [...week![side], ...few![side]];
		const control = summariseRatioRows(all('control_rows'));
		expect(summary.pooled.variants[0]!.n).toBe(control.rows);
		expectRelative(summary.pooled.variants[0]!.rate, control.sumY / control.sumX, 'pooled rate');
	});
});
