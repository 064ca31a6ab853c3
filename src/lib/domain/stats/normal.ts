import normalCdfAt from '@stdlib/stats-base-dists-normal-cdf';
import normalPdfAt from '@stdlib/stats-base-dists-normal-pdf';
import normalQuantileAt from '@stdlib/stats-base-dists-normal-quantile';

/** Φ(x), the standard normal distribution function. */
export function normalCdf(x: number): number {
	return normalCdfAt(x, 0, 1);
}

/** φ(x), the standard normal density. */
export function normalPdf(x: number): number {
	return normalPdfAt(x, 0, 1);
}

/** Φ⁻¹(p), the standard normal quantile. */
export function normalQuantile(p: number): number {
	return normalQuantileAt(p, 0, 1);
}

/**
 * The two-sided p-value of a z statistic, 2·Φ(−|z|): taken from the lower tail so that tiny
 * p-values keep their digits instead of vanishing in 1 − Φ(|z|).
 */
export function twoSidedP(z: number): number {
	return 2 * normalCdf(-Math.abs(z));
}

/** The critical value for a two-sided interval at `level` (1.96 for 0.95). */
export function criticalValue(level: number): number {
	return normalQuantile(1 - (1 - level) / 2);
}

/** A symmetric normal interval, estimate ± z·se. */
export function normalInterval(
	estimate: number,
	standardError: number,
	level: number
): [number, number] {
	const margin = criticalValue(level) * standardError;
	return [estimate - margin, estimate + margin];
}
