import { normalQuantile } from './normal';

/** What a two-proportion test is sized for. */
export interface SampleSizeRequest {
	/** The control's expected rate. */
	baseline: number;
	/** The minimum detectable effect: treatment rate − control rate (absolute, non-zero). */
	effect: number;
	/** Two-sided significance level (0.05 unless set). */
	alpha?: number;
	/** Probability of detecting the effect when it is there (0.8 unless set). */
	power?: number;
	/** Planned control units per treatment unit (1 for 50/50; 1.5 for 60/40). */
	ratio?: number;
}

/** Units needed in each variant (not rounded; round up before counting people). */
export interface VariantCounts {
	control: number;
	treatment: number;
}

/**
 * Units per variant for the pooled two-proportion z-test to detect `effect` at the given
 * level and power, by the normal approximation: the null variance from the pooled rate, the
 * alternative's from both rates, and only the tail in the effect's direction counted
 * (the other tail of a two-sided test adds nothing measurable).
 */
export function sampleSizeForEffect(request: SampleSizeRequest): VariantCounts {
	const { baseline, effect, alpha = 0.05, power = 0.8, ratio = 1 } = request;
	const treated = baseline + effect;
	if (effect === 0) throw new Error('a minimum detectable effect of 0 needs infinite units');
	if (!(baseline > 0 && baseline < 1) || !(treated > 0 && treated < 1))
		throw new Error(`rates must lie strictly between 0 and 1, not ${baseline} and ${treated}`);
	if (!(ratio > 0))
		throw new Error(`the control-to-treatment ratio must be positive, not ${ratio}`);
	const pooled = (treated + baseline * ratio) / (1 + ratio);
	const spreadNull = Math.sqrt(pooled * (1 - pooled) * (1 + 1 / ratio));
	const spreadAlternative = Math.sqrt(
		treated * (1 - treated) + (baseline * (1 - baseline)) / ratio
	);
	const zAlpha = normalQuantile(1 - alpha / 2);
	const zPower = normalQuantile(power);
	const treatment = ((zAlpha * spreadNull + zPower * spreadAlternative) / effect) ** 2;
	return { treatment, control: treatment * ratio };
}

/**
 * Whole days until every variant has the units it needs at its current daily traffic:
 * 0 when it already has them, null when a variant still short gets no traffic.
 */
export function daysToSampleSize(
	needed: VariantCounts,
	have: VariantCounts,
	daily: VariantCounts
): number | null {
	let days = 0;
	for (const variant of ['control', 'treatment'] as const) {
		const missing = needed[variant] - have[variant];
		if (missing <= 0) continue;
		if (!(daily[variant] > 0)) return null;
		days = Math.max(days, missing / daily[variant]);
	}
	return Math.ceil(days);
}
