import { chiSquareSurvival } from './chi-square';

/** Below this p-value the observed split is too unlikely under the plan: a sample-ratio mismatch. */
export const SRM_THRESHOLD = 0.001;

/** The chi-square check of the observed split against the planned one. */
export interface SampleRatioCheck {
	chi2: number;
	p: number;
	/** p < SRM_THRESHOLD: assignment or logging is broken, and the comparison cannot be trusted. */
	mismatch: boolean;
}

/**
 * Pearson's chi-square goodness of fit of the units per variant against the planned split
 * (weights in any scale, such as [50, 50]; equal when not given), k − 1 degrees of freedom.
 */
export function sampleRatioMismatch(
	observed: readonly number[],
	planned: readonly number[] = observed.map(() => 1)
): SampleRatioCheck {
	if (observed.length < 2) throw new Error('a split needs at least two variants');
	if (planned.length !== observed.length)
		throw new Error(
			`the planned split has ${planned.length} parts for ${observed.length} variants`
		);
	if (planned.some((weight) => !(weight > 0)))
		throw new Error(`planned split weights must be positive, not ${planned.join('/')}`);
	const total = observed.reduce((sum, count) => sum + count, 0);
	const weights = planned.reduce((sum, weight) => sum + weight, 0);
	const chi2 = observed.reduce((sum, count, i) => {
		const expected = (total * planned[i]!) / weights;
		return sum + (count - expected) ** 2 / expected;
	}, 0);
	const p = chiSquareSurvival(chi2, observed.length - 1);
	return { chi2, p, mismatch: p < SRM_THRESHOLD };
}
