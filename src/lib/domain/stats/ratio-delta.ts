import { normalInterval, twoSidedP } from './normal';
import type { RateEstimate } from './relative-lift';

/**
 * One variant's rows summarised for a ratio of sums: each row (a creator's day, say) is one
 * unit with a numerator y (clicks) and a denominator x (impressions).
 */
export interface RatioRows {
	rows: number;
	sumY: number;
	sumX: number;
	/** Sample variances (n − 1) of y and of x across rows; 0 for a single row. */
	varY: number;
	varX: number;
	/** Sample covariance (n − 1) of y and x across rows; 0 for a single row. */
	covYX: number;
}

/** The delta-method comparison of two ratios of sums, treatment − control. */
export interface RatioDeltaTest {
	diff: number;
	standardError: number;
	/** Null when the standard error is 0. */
	z: number | null;
	p: number | null;
	/** The Wald interval at the level asked for. */
	interval: [number, number];
}

/** Summarises (y, x) rows in two passes, as SQL's var_samp and covar_samp would. */
export function summariseRatioRows(rows: readonly (readonly [y: number, x: number])[]): RatioRows {
	const n = rows.length;
	const sumY = rows.reduce((sum, [y]) => sum + y, 0);
	const sumX = rows.reduce((sum, [, x]) => sum + x, 0);
	if (n < 2) return { rows: n, sumY, sumX, varY: 0, varX: 0, covYX: 0 };
	const meanY = sumY / n;
	const meanX = sumX / n;
	let squaresY = 0;
	let squaresX = 0;
	let products = 0;
	for (const [y, x] of rows) {
		squaresY += (y - meanY) ** 2;
		squaresX += (x - meanX) ** 2;
		products += (y - meanY) * (x - meanX);
	}
	return {
		rows: n,
		sumY,
		sumX,
		varY: squaresY / (n - 1),
		varX: squaresX / (n - 1),
		covYX: products / (n - 1)
	};
}

/**
 * The summary of the union of disjoint sets of rows (the pooled row of markets), from their
 * summaries alone: the within-part squares plus the squares of the parts' means around the
 * common mean.
 */
export function mergeRatioRows(parts: readonly RatioRows[]): RatioRows {
	const rows = parts.reduce((sum, part) => sum + part.rows, 0);
	const sumY = parts.reduce((sum, part) => sum + part.sumY, 0);
	const sumX = parts.reduce((sum, part) => sum + part.sumX, 0);
	if (rows < 2) return { rows, sumY, sumX, varY: 0, varX: 0, covYX: 0 };
	const meanY = sumY / rows;
	const meanX = sumX / rows;
	let squaresY = 0;
	let squaresX = 0;
	let products = 0;
	for (const part of parts) {
		if (part.rows === 0) continue;
		const offsetY = part.sumY / part.rows - meanY;
		const offsetX = part.sumX / part.rows - meanX;
		squaresY += part.varY * (part.rows - 1) + part.rows * offsetY ** 2;
		squaresX += part.varX * (part.rows - 1) + part.rows * offsetX ** 2;
		products += part.covYX * (part.rows - 1) + part.rows * offsetY * offsetX;
	}
	return {
		rows,
		sumY,
		sumX,
		varY: squaresY / (rows - 1),
		varX: squaresX / (rows - 1),
		covYX: products / (rows - 1)
	};
}

/**
 * sum y / sum x with its delta-method variance, rows as units:
 * Var(R) ≈ (s²_y − 2R·s_yx + R²·s²_x) / (n·x̄²). Needs two rows; throws when the denominator
 * sums to 0 or less, where the ratio is not defined.
 */
export function ratioEstimate(summary: RatioRows): RateEstimate {
	const { rows, sumY, sumX, varY, varX, covYX } = summary;
	if (rows < 2) throw new Error(`a ratio of sums needs at least two rows per variant, not ${rows}`);
	if (!(sumX > 0)) throw new Error(`a ratio of sums needs a positive denominator, not ${sumX}`);
	const rate = sumY / sumX;
	const meanX = sumX / rows;
	// Rounding can leave a tiny negative value when y is an exact multiple of x.
	const spread = Math.max(0, varY - 2 * rate * covYX + rate ** 2 * varX);
	return { rate, variance: spread / (rows * meanX ** 2) };
}

/** The z-test and Wald interval of treatment ratio − control ratio, each from the delta method. */
export function ratioDeltaTest(
	control: RateEstimate,
	treatment: RateEstimate,
	level = 0.95
): RatioDeltaTest {
	const diff = treatment.rate - control.rate;
	const standardError = Math.sqrt(control.variance + treatment.variance);
	const z = standardError > 0 ? diff / standardError : null;
	return {
		diff,
		standardError,
		z,
		p: z === null ? null : twoSidedP(z),
		interval: normalInterval(diff, standardError, level)
	};
}
