import type { Campaign, Market } from './campaign';

/** What in a campaign still refers to a market: its data rows, creators and definitions. */
export interface MarketUsage {
	rows: number;
	creators: number;
	/** Ids of the success definitions that name the market. */
	definitions: string[];
}

const AND = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * Why markets cannot be taken out of a campaign, one sentence per market: a market with data,
 * creators or a success definition naming it stays until those are gone.
 */
export function marketRemovalProblems(
	before: readonly Market[],
	after: readonly Market[],
	usage: Readonly<Record<string, MarketUsage>>
): string[] {
	const kept = new Set(after.map((m) => m.code));
	const problems: string[] = [];
	for (const market of before) {
		if (kept.has(market.code)) continue;
		const use = usage[market.code];
		const reasons: string[] = [];
		const remedies: string[] = [];
		if (use && use.rows > 0) {
			reasons.push(`${use.rows.toLocaleString('en-US')} rows of data`);
			remedies.push('undo its imports on the Data page');
		}
		if (use && use.creators > 0) {
			reasons.push(`${use.creators} creators`);
			remedies.push('replace the creator list');
		}
		if (use && use.definitions.length > 0) {
			reasons.push(
				`the success definition${plural(use.definitions)} ${use.definitions.join(', ')}`
			);
			remedies.push('take it out of those definitions');
		}
		if (reasons.length === 0) continue;
		problems.push(
			`${market.code} cannot be removed: it has ${AND.format(reasons)}. ` +
				`To remove it, ${AND.format(remedies)} first.`
		);
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

function plural(list: readonly unknown[]): string {
	return list.length === 1 ? '' : 's';
}
