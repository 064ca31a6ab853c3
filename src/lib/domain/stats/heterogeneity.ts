import { chiSquareSurvival } from './chi-square';
import { normalInterval } from './normal';

/** One market's effect (an absolute difference in rates) and the variance of its estimate. */
export interface MarketEffect {
	estimate: number;
	variance: number;
}

/** The inverse-variance combination of market effects and how much they disagree. */
export interface CombinedEffects {
	/** The fixed-effect (inverse-variance weighted) mean. */
	estimate: number;
	standardError: number;
	interval: [number, number];
	/** Cochran's Q, Σ w·(effect − mean)². */
	q: number;
	df: number;
	/** P(χ²(df) ≥ Q); null with a single market. */
	p: number | null;
	/** Share of the spread beyond chance, max(0, (Q − df)/Q); null with a single market. */
	i2: number | null;
}

/**
 * Combines market effects by their inverse variances and tests whether they differ more
 * than sampling alone would make them (Cochran's Q on k − 1 degrees of freedom, and I²).
 * Every variance must be positive: a market whose effect has no variance cannot be weighted.
 */
export function combineEffects(effects: readonly MarketEffect[], level = 0.95): CombinedEffects {
	if (effects.length === 0) throw new Error('no effects to combine');
	for (const { variance } of effects) {
		if (!(variance > 0) || !Number.isFinite(variance))
			throw new Error(`an effect needs a positive finite variance to be weighted, not ${variance}`);
	}
	const weights = effects.map(({ variance }) => 1 / variance);
	const total = weights.reduce((sum, weight) => sum + weight, 0);
	const estimate =
		effects.reduce((sum, { estimate }, i) => sum + weights[i]! * estimate, 0) / total;
	const standardError = Math.sqrt(1 / total);
	const q = effects.reduce((sum, e, i) => sum + weights[i]! * (e.estimate - estimate) ** 2, 0);
	const df = effects.length - 1;
	const single = df === 0;
	return {
		estimate,
		standardError,
		interval: normalInterval(estimate, standardError, level),
		q,
		df,
		p: single ? null : chiSquareSurvival(q, df),
		i2: single ? null : q > 0 ? Math.max(0, (q - df) / q) : 0
	};
}
