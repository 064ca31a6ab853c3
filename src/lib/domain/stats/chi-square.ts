import gammainc from '@stdlib/math-base-special-gammainc';

/**
 * P(X ≥ x) for a chi-square variable with `df` degrees of freedom: the upper regularised
 * incomplete gamma Q(df/2, x/2), computed directly so that small p-values stay accurate.
 */
export function chiSquareSurvival(x: number, df: number): number {
	if (!(df > 0)) throw new Error(`chi-square needs positive degrees of freedom, not ${df}`);
	if (x <= 0) return 1;
	return gammainc(x / 2, df / 2, true, true);
}
