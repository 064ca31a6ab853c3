import type { Variant } from './content-plan';
import type { FactRow } from './facts';
import { MARKET_CODES } from './markets';

/** One arm of the creative test: CTR as clicks over impressions. */
export interface ArmResult {
	rows: number;
	posts: number;
	impressions: number;
	clicks: number;
	ctr: number;
}

/** The creative test in one market (or pooled), with its sample-ratio checks. */
export interface SplitTestResult {
	scope: string;
	arms: Record<Variant, ArmResult>;
	/** Relative CTR lift of B over A. */
	lift: number;
	/** Chi-square p-value of the row (post-day) split against 50/50. */
	rowSplitP: number;
	/** Chi-square p-value of the post split against 50/50. */
	postSplitP: number;
}

/** The creative test per market and pooled over all markets. */
export function analyseSplitTest(rows: readonly FactRow[]): SplitTestResult[] {
	const scopes = [
		...MARKET_CODES.map((market) => ({
			scope: market as string,
			rows: rows.filter((row) => row.market === market)
		})),
		{ scope: 'pooled', rows }
	];
	return scopes.map(({ scope, rows: scoped }) => {
		const arms = { A: summariseArm(scoped, 'A'), B: summariseArm(scoped, 'B') };
		return {
			scope,
			arms,
			lift: arms.B.ctr / arms.A.ctr - 1,
			rowSplitP: chiSquareHalfP(arms.A.rows, arms.B.rows),
			postSplitP: chiSquareHalfP(arms.A.posts, arms.B.posts)
		};
	});
}

function summariseArm(rows: readonly FactRow[], variant: Variant): ArmResult {
	const posts = new Set<string>();
	let count = 0;
	let impressions = 0;
	let clicks = 0;
	for (const row of rows) {
		if (row.variant !== variant) continue;
		count += 1;
		posts.add(row.content_id);
		impressions += row.impressions;
		clicks += row.clicks;
	}
	return {
		rows: count,
		posts: posts.size,
		impressions,
		clicks,
		ctr: impressions > 0 ? clicks / impressions : 0
	};
}

/** P-value of a chi-square test (1 degree of freedom) of two counts against a 50/50 split. */
export function chiSquareHalfP(a: number, b: number): number {
	const n = a + b;
	if (n === 0) return 1;
	const statistic = (a - b) ** 2 / n;
	return erfc(Math.sqrt(statistic / 2));
}

// Complementary error function, Numerical Recipes' erfcc (fractional error below 1.2e-7).
function erfc(x: number): number {
	const z = Math.abs(x);
	const t = 1 / (1 + 0.5 * z);
	const y =
		t *
		Math.exp(
			-z * z -
				1.26551223 +
				t *
					(1.00002368 +
						t *
							(0.37409196 +
								t *
									(0.09678418 +
										t *
											(-0.18628806 +
												t *
													(0.27886807 +
														t *
															(-1.13520398 +
																t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
		);
	return x >= 0 ? y : 2 - y;
}
