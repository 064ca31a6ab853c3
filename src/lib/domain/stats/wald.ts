import { normalInterval } from './normal';
import { rateOf, rateVariance, type Proportion } from './two-proportions';

/**
 * The Wald interval for treatment rate − control rate: each rate's own variance, unpooled.
 * Simple and symmetric; it is too narrow when a rate is near 0 or 1 or counts are small,
 * where the Newcombe interval holds its coverage.
 */
export function waldDifferenceInterval(
	control: Proportion,
	treatment: Proportion,
	level = 0.95
): [number, number] {
	const diff = rateOf(treatment) - rateOf(control);
	const standardError = Math.sqrt(rateVariance(control) + rateVariance(treatment));
	return normalInterval(diff, standardError, level);
}
