import { criticalValue } from './normal';
import { rateOf, type Proportion } from './two-proportions';

/** The Wilson score interval for one rate (no continuity correction). */
export function wilsonInterval(proportion: Proportion, level = 0.95): [number, number] {
	const rate = rateOf(proportion);
	const n = proportion.n;
	const z = criticalValue(level);
	const z2 = z * z;
	const denominator = 1 + z2 / n;
	const centre = (rate + z2 / (2 * n)) / denominator;
	const half = (z * Math.sqrt((rate * (1 - rate)) / n + z2 / (4 * n * n))) / denominator;
	// With no conversions the lower bound is exactly 0 (and with all, the upper is 1), which the
	// subtraction would only reach up to rounding.
	return [
		proportion.conversions === 0 ? 0 : centre - half,
		proportion.conversions === n ? 1 : centre + half
	];
}

/**
 * Newcombe's hybrid score interval for treatment rate − control rate (his method 10): the
 * two Wilson intervals combined by squares. Unlike Wald it stays inside [−1, 1] and keeps
 * its coverage near rates of 0 or 1.
 */
export function newcombeDifferenceInterval(
	control: Proportion,
	treatment: Proportion,
	level = 0.95
): [number, number] {
	const rateT = rateOf(treatment);
	const rateC = rateOf(control);
	const [lowT, highT] = wilsonInterval(treatment, level);
	const [lowC, highC] = wilsonInterval(control, level);
	const diff = rateT - rateC;
	return [
		diff - Math.sqrt((rateT - lowT) ** 2 + (highC - rateC) ** 2),
		diff + Math.sqrt((rateC - lowC) ** 2 + (highT - rateT) ** 2)
	];
}
