import type { Campaign, Market } from './campaign';
import { problem, type Problem } from './problem';

/** What in a campaign still refers to a market: its data rows, creators and definitions. */
export interface MarketUsage {
	rows: number;
	creators: number;
	/** Ids of the success definitions that name the market. */
	definitions: string[];
}

/**
 * Why markets cannot be taken out of a campaign, one problem per market and use: a market with
 * data, creators or a success definition naming it stays until those are gone.
 */
export function marketRemovalProblems(
	before: readonly Market[],
	after: readonly Market[],
	usage: Readonly<Record<string, MarketUsage>>
): Problem[] {
	const kept = new Set(after.map((m) => m.code));
	const problems: Problem[] = [];
	for (const market of before) {
		const use = usage[market.code];
		if (kept.has(market.code) || !use) continue;
		if (use.rows > 0) {
			problems.push(problem('problem_market_has_data', { market: market.code, rows: use.rows }));
		}
		if (use.creators > 0) {
			problems.push(
				problem('problem_market_has_creators', { market: market.code, count: use.creators })
			);
		}
		if (use.definitions.length > 0) {
			problems.push(
				problem('problem_market_in_definitions', {
					market: market.code,
					definitions: use.definitions.join(', '),
					count: use.definitions.length
				})
			);
		}
	}
	return problems;
}

/**
 * The campaign with new markets: budgets and actual phase dates of markets taken out go with
 * them; everything else stays.
 */
export function applyMarkets(campaign: Campaign, markets: Market[]): Campaign {
	const codes = new Set(markets.map((m) => m.code));
	const budgets = Object.fromEntries(
		Object.entries(campaign.budgets).filter(([code]) => codes.has(code))
	);
	const changed: Campaign = { ...campaign, markets, budgets };
	if (campaign.actualPhases) {
		changed.actualPhases = Object.fromEntries(
			Object.entries(campaign.actualPhases).filter(([code]) => codes.has(code))
		);
	}
	return changed;
}
