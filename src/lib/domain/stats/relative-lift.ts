import { normalInterval } from './normal';

/** A rate with the variance of its estimate. */
export interface RateEstimate {
	rate: number;
	variance: number;
}

/** Treatment rate / control rate − 1, with its standard error and interval. */
export interface RelativeLift {
	lift: number;
	standardError: number;
	low: number;
	high: number;
}

/**
 * The relative lift t/c − 1 with a delta-method interval:
 * Var(t/c) ≈ Var(t)/c² + t²·Var(c)/c⁴, the two rates independent. Null when the control rate
 * is 0, where no relative change is defined.
 */
export function relativeLift(
	control: RateEstimate,
	treatment: RateEstimate,
	level = 0.95
): RelativeLift | null {
	const c = control.rate;
	const t = treatment.rate;
	if (c === 0) return null;
	const lift = t / c - 1;
	const standardError = Math.sqrt(
		treatment.variance / c ** 2 + (t ** 2 * control.variance) / c ** 4
	);
	const [low, high] = normalInterval(lift, standardError, level);
	return { lift, standardError, low, high };
}
