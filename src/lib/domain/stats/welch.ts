import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** The mean of two samples' difference with its Welch t-interval. */
export interface WelchInterval {
	/** mean(a) − mean(b). */
	difference: number;
	/** Standard error of the difference, from each sample's own variance. */
	standardError: number;
	/** Welch–Satterthwaite degrees of freedom. */
	degreesOfFreedom: number;
	/** The interval at `level` (0.95 unless asked otherwise). */
	low: number;
	high: number;
	level: number;
}

/**
 * Welch's two-sample t-interval for mean(a) − mean(b): it does not assume the two samples share
 * a variance, which daily figures before and after a change seldom do. Needs two values in each
 * sample; returns null otherwise. When both samples are constant the interval is the point
 * itself (zero standard error).
 */
export function welchInterval(a: readonly number[], b: readonly number[], level = 0.95) {
	if (a.length < 2 || b.length < 2) return null;
	const [meanA, varA] = meanAndVariance(a);
	const [meanB, varB] = meanAndVariance(b);
	const shareA = varA / a.length;
	const shareB = varB / b.length;
	const standardError = Math.sqrt(shareA + shareB);
	const difference = meanA - meanB;
	const degreesOfFreedom =
		standardError === 0
			? a.length + b.length - 2
			: (shareA + shareB) ** 2 / (shareA ** 2 / (a.length - 1) + shareB ** 2 / (b.length - 1));
	const margin =
		standardError === 0 ? 0 : tQuantile(1 - (1 - level) / 2, degreesOfFreedom) * standardError;
	return {
		difference,
		standardError,
		degreesOfFreedom,
		low: difference - margin,
		high: difference + margin,
		level
	} satisfies WelchInterval;
}

/** The mean and the sample variance (n − 1), summed in two passes for accuracy. */
export function meanAndVariance(values: readonly number[]): [number, number] {
	const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
	const squares = values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
	return [mean, values.length > 1 ? squares / (values.length - 1) : 0];
}
