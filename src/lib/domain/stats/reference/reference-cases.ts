/**
 * Typed access to the reference values written by make_reference.py (SciPy, statsmodels and
 * numpy; see that script's header for which tool gives which value), and the one comparison
 * the statistics tests share.
 */
import { expect } from 'vitest';
import abData from './ab-data.json';
import cases from './cases.json';

/** Counts of one variant as the reference stores them. */
export interface ReferenceCounts {
	n: number;
	conversions: number;
}

/** Every field of one treatment-against-control comparison, as computed in Python. */
export interface ReferenceComparison {
	variants: { name: string; n: number; conversions: number; rate: number }[];
	diff: number;
	diff_variance: number;
	ci95: [number, number];
	ci95_newcombe: [number, number];
	wilson_control: [number, number];
	wilson_treatment: [number, number];
	rel_lift: number | null;
	rel_lift_ci95: [number, number] | null;
	z: number;
	p: number;
	prob_beat_control: number;
	expected_loss: number;
	srm: { chi2: number; p: number; mismatch: boolean };
	group: string | null;
	p_adjusted?: number | null;
}

/** A whole split read the Python way: groups, pooled, combined, heterogeneity, Simpson. */
export interface ReferenceSplit {
	groups: ReferenceComparison[];
	pooled: ReferenceComparison;
	combined: { diff: number; se: number; ci95: [number, number] };
	heterogeneity: { q: number; df: number; p: number | null; i2: number | null };
	simpson_warning: boolean;
	simpson_reasons: string[];
}

/** One ratio-of-sums comparison from numpy: rows in, every figure out. */
export interface ReferenceRatioCase {
	name: string;
	control_rows: [number, number][];
	treatment_rows: [number, number][];
	planned: [number, number];
	expected: {
		control_summary: ReferenceRatioSummary;
		treatment_summary: ReferenceRatioSummary;
		rate_control: number;
		variance_control: number;
		rate_treatment: number;
		variance_treatment: number;
		diff: number;
		se: number;
		z: number;
		p: number;
		ci95: [number, number];
		rel_lift: number;
		rel_lift_ci95: [number, number];
		prob_beat_control: number;
		expected_loss: number;
		srm: { chi2: number; p: number; mismatch: boolean };
		binomial_se_if_impressions_were_trials: number;
	};
}

/** numpy's summary of one variant's (y, x) rows. */
export interface ReferenceRatioSummary {
	rows: number;
	sum_y: number;
	sum_x: number;
	var_y: number;
	var_x: number;
	cov_yx: number;
}

/** The whole of cases.json. */
export interface ReferenceCases {
	distributions: {
		normal: { z: number; two_sided_p: number }[];
		critical: { level: number; z: number }[];
		chi_square: { x: number; df: number; sf: number }[];
		normal_posterior: {
			diff: number;
			se: number;
			prob_beat_control: number;
			expected_loss: number;
		}[];
	};
	proportions: {
		name: string;
		control: ReferenceCounts;
		treatment: ReferenceCounts;
		planned: [number, number];
		expected: ReferenceComparison;
	}[];
	ratio: ReferenceRatioCase[];
	srm: {
		observed: number[];
		planned: number[];
		expected: { chi2: number; p: number; mismatch: boolean };
	}[];
	benjamini_hochberg: { p: number[]; expected: number[] }[];
	heterogeneity: {
		effects: number[];
		variances: number[];
		expected: {
			estimate: number;
			se: number;
			ci95: [number, number];
			q: number;
			df: number;
			p: number;
			i2: number;
		};
	}[];
	power: {
		baseline: number;
		effect: number;
		power: number;
		ratio: number;
		alpha: number;
		expected: { treatment: number; control: number };
	}[];
	simpson: Record<
		'paradox' | 'consistent',
		{
			groups: { group: string; control: ReferenceCounts; treatment: ReferenceCounts }[];
			expected: ReferenceSplit;
		}
	>;
}

/** The constructed cases (cases.json). */
export const REFERENCE = cases as unknown as ReferenceCases;

/** The ab_data.csv reference (ab-data.json). */
export const AB_DATA_REFERENCE = abData as unknown as ReferenceSplit & {
	files: Record<string, string>;
	cleaning: Record<string, number>;
	command: { variant: string; control: string; metric: string; by: string };
};

/**
 * Expects `actual` within `tolerance` of `expected`, relative to the expected value (1e-6 when
 * the method is the same as the reference's); null must meet null.
 */
export function expectRelative(
	actual: number | null | undefined,
	expected: number | null,
	what: string,
	tolerance = 1e-6
): void {
	if (expected === null) {
		expect(actual, what).toBeNull();
		return;
	}
	expect(actual, what).toBeTypeOf('number');
	const error = Math.abs(actual! - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE);
	expect(error, `${what}: ${actual} against ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** expectRelative on both ends of an interval. */
export function expectInterval(
	actual: readonly [number, number] | null,
	expected: readonly [number, number] | null,
	what: string,
	tolerance = 1e-6
): void {
	if (expected === null) {
		expect(actual, what).toBeNull();
		return;
	}
	expect(actual, what).not.toBeNull();
	expectRelative(actual![0], expected[0], `${what} low`, tolerance);
	expectRelative(actual![1], expected[1], `${what} high`, tolerance);
}
