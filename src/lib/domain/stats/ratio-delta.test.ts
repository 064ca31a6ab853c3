import { describe, expect, it } from 'vitest';
import { compareNormalPosterior } from './normal-posterior';
import {
	mergeRatioRows,
	ratioDeltaTest,
	ratioEstimate,
	summariseRatioRows,
	type RatioRows
} from './ratio-delta';
import {
	expectInterval,
	expectRelative,
	REFERENCE,
	type ReferenceRatioSummary
} from './reference/reference-cases';
import { relativeLift } from './relative-lift';

// Reference: numpy (var and cov with ddof=1) and the delta-method formula written
// independently in reference/make_reference.py; the rows (daily clicks and impressions per
// creator) are generated there with a seeded numpy generator and stored in cases.json.
function expectSummary(actual: RatioRows, expected: ReferenceRatioSummary) {
	expect(actual.rows).toBe(expected.rows);
	expectRelative(actual.sumY, expected.sum_y, 'sum y');
	expectRelative(actual.sumX, expected.sum_x, 'sum x');
	expectRelative(actual.varY, expected.var_y, 'var y');
	expectRelative(actual.varX, expected.var_x, 'var x');
	expectRelative(actual.covYX, expected.cov_yx, 'cov yx');
}

describe('ratio of sums with the delta method, rows as units', () => {
	it.each(REFERENCE.ratio)('matches the numpy reference: $name', (c) => {
		const control = summariseRatioRows(c.control_rows);
		const treatment = summariseRatioRows(c.treatment_rows);
		expectSummary(control, c.expected.control_summary);
		expectSummary(treatment, c.expected.treatment_summary);
		const rateC = ratioEstimate(control);
		const rateT = ratioEstimate(treatment);
		expectRelative(rateC.rate, c.expected.rate_control, 'control ratio');
		expectRelative(rateC.variance, c.expected.variance_control, 'control variance');
		expectRelative(rateT.rate, c.expected.rate_treatment, 'treatment ratio');
		expectRelative(rateT.variance, c.expected.variance_treatment, 'treatment variance');
		const test = ratioDeltaTest(rateC, rateT);
		expectRelative(test.diff, c.expected.diff, 'diff');
		expectRelative(test.standardError, c.expected.se, 'se');
		expectRelative(test.z, c.expected.z, 'z');
		expectRelative(test.p, c.expected.p, 'p');
		expectInterval(test.interval, c.expected.ci95, 'interval');
		const lift = relativeLift(rateC, rateT)!;
		expectRelative(lift.lift, c.expected.rel_lift, 'lift');
		expectInterval([lift.low, lift.high], c.expected.rel_lift_ci95, 'lift interval');
		const bayes = compareNormalPosterior(test.diff, test.standardError);
		expectRelative(bayes.probabilityToBeatControl, c.expected.prob_beat_control, 'P(beat)');
		expectRelative(bayes.expectedLoss, c.expected.expected_loss, 'expected loss');
	});

	it('does not read a week of three creators as thousands of independent impressions', () => {
		const [week] = REFERENCE.ratio;
		const test = ratioDeltaTest(
			ratioEstimate(summariseRatioRows(week!.control_rows)),
			ratioEstimate(summariseRatioRows(week!.treatment_rows))
		);
		// numpy: the binomial standard error with impressions as trials is less than half.
		expect(test.standardError).toBeGreaterThan(
			2 * week!.expected.binomial_se_if_impressions_were_trials
		);
	});

	it('merges the summaries of parts into the summary of all their rows', () => {
		const [week, few] = REFERENCE.ratio;
		const parts = [week!.control_rows, week!.treatment_rows, few!.control_rows];
		const merged = mergeRatioRows(parts.map((rows) => summariseRatioRows(rows)));
		const direct = summariseRatioRows(parts.flat());
		expect(merged.rows).toBe(direct.rows);
		for (const key of ['sumY', 'sumX', 'varY', 'varX', 'covYX'] as const)
			expectRelative(merged[key], direct[key], key, 1e-12);
	});

	it('needs two rows and a positive denominator', () => {
		expect(() => ratioEstimate(summariseRatioRows([[3, 100]]))).toThrow('at least two rows');
		expect(() =>
			ratioEstimate(
				summariseRatioRows([
					[0, 0],
					[0, 0]
				])
			)
		).toThrow('positive denominator');
	});
});
