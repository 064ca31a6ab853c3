import { daysToSampleSize, sampleSizeForEffect, type VariantCounts } from '../stats/power';
import type { GroupComparison } from '../stats/split-summary';

/** The level and power every test is sized for. */
export const POWER_SETTING = { alpha: 0.05, power: 0.8 } as const;

/** Why a market's sample size cannot be worked out. */
export type PowerGap = 'rate_out_of_range' | 'no_spread';

/** How far one market is from the sample its test needs, in units of the metric's denominator. */
export interface MarketPower {
	group: string | null;
	/** The minimum detectable effect as a difference of rates: the control's rate × the relative MDE. */
	effect: number;
	/**
	 * How much the spread between rows inflates the variance over independent trials (at least
	 * 1); null when it cannot be measured.
	 */
	designEffect: number | null;
	/** Denominator units each variant needs; null with `gap` when they cannot be worked out. */
	needed: VariantCounts | null;
	gap: PowerGap | null;
	have: VariantCounts;
	/** Denominator units per day lately (the mean over the recent days). */
	daily: VariantCounts;
	/** Days of traffic at `daily` until both variants have `needed`: 0 when they have; null when never. */
	daysLeft: number | null;
}

/**
 * Sizes one market's test for its minimum detectable effect (relative, such as 0.05): the
 * two-proportion sample size at the control's rate, for units of the denominator (an
 * impression), inflated by the design effect the rows show (the delta-method variance of the
 * difference over the variance independent trials would give), so that a sum of few large rows
 * is not counted as many trials. The planned split sets the ratio of control to treatment.
 */
export function marketPower(
	comparison: GroupComparison,
	planned: readonly [number, number],
	mde: number,
	daily: VariantCounts
): MarketPower {
	const [control, treatment] = comparison.variants;
	const have = { control: control.denominator, treatment: treatment.denominator };
	const effect = control.rate * mde;
	const base = { group: comparison.group, effect, have, daily };
	const unsized = (gap: PowerGap, designEffect: number | null = null): MarketPower => ({
		...base,
		designEffect,
		needed: null,
		gap,
		daysLeft: null
	});
	const inRange = (rate: number) => rate > 0 && rate < 1;
	if (!inRange(control.rate) || !inRange(treatment.rate) || !inRange(control.rate + effect))
		return unsized('rate_out_of_range');
	const trials =
		(control.rate * (1 - control.rate)) / control.denominator +
		(treatment.rate * (1 - treatment.rate)) / treatment.denominator;
	if (!(comparison.diffVariance > 0) || !(trials > 0)) return unsized('no_spread');
	// Rows that vary less than independent trials would promise fewer units than trials need.
	const designEffect = Math.max(1, comparison.diffVariance / trials);
	const units = sampleSizeForEffect({
		baseline: control.rate,
		effect,
		...POWER_SETTING,
		ratio: planned[0] / planned[1]
	});
	const needed = {
		control: units.control * designEffect,
		treatment: units.treatment * designEffect
	};
	return {
		...base,
		designEffect,
		needed,
		gap: null,
		daysLeft: daysToSampleSize(needed, have, daily)
	};
}
