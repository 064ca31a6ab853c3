import type { BayesianComparison } from './beta-binomial';
import { normalCdf, normalPdf } from './normal';

/**
 * Probability to beat control and expected loss when the difference treatment − control is
 * read as Normal(diff, se²), as for ratio-of-sums metrics whose delta-method variance has no
 * Beta posterior: P(D > 0) = Φ(diff/se) and E[max(−D, 0)] = se·φ(diff/se) − diff·Φ(−diff/se).
 */
export function compareNormalPosterior(diff: number, standardError: number): BayesianComparison {
	if (standardError === 0) {
		return {
			probabilityToBeatControl: diff > 0 ? 1 : diff < 0 ? 0 : 0.5,
			expectedLoss: Math.max(-diff, 0)
		};
	}
	const z = diff / standardError;
	return {
		probabilityToBeatControl: normalCdf(z),
		expectedLoss: standardError * normalPdf(z) - diff * normalCdf(-z)
	};
}
