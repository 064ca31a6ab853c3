import { twoSidedP } from './normal';

/** One variant's unit-level counts: n units, each converting (1) or not (0). */
export interface Proportion {
	n: number;
	conversions: number;
}

/** The pooled-variance z-test of treatment − control. */
export interface TwoProportionTest {
	/** Treatment rate − control rate. */
	diff: number;
	/** Standard error under the null, from the pooled rate. */
	standardError: number;
	/** Null when the pooled rate is 0 or 1: the test has nothing to say. */
	z: number | null;
	p: number | null;
}

/** conversions / n; throws on a variant without units, which no statistic can describe. */
export function rateOf({ n, conversions }: Proportion): number {
	if (!(n > 0)) throw new Error(`a variant needs at least one unit, not ${n}`);
	if (conversions < 0 || conversions > n)
		throw new Error(`conversions must lie between 0 and n (${n}), not ${conversions}`);
	return conversions / n;
}

/** The sampling variance of a rate, p(1 − p)/n (no pooling). */
export function rateVariance(proportion: Proportion): number {
	const rate = rateOf(proportion);
	return (rate * (1 - rate)) / proportion.n;
}

/**
 * The classical two-proportion z-test: the variance under the null comes from the rate of
 * both variants pooled, which is the hypothesis the test assumes.
 */
export function twoProportionZTest(control: Proportion, treatment: Proportion): TwoProportionTest {
	const diff = rateOf(treatment) - rateOf(control);
	const pooled = (control.conversions + treatment.conversions) / (control.n + treatment.n);
	const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / control.n + 1 / treatment.n));
	if (standardError === 0) return { diff, standardError, z: null, p: null };
	const z = diff / standardError;
	return { diff, standardError, z, p: twoSidedP(z) };
}
