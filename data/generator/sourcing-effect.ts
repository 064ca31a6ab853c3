import type { Creator, Sourcing } from './creators';
import type { FactRow } from './facts';
import { MARKET_CODES } from './markets';

/** Engagement rate by impressions of existing-network vs cold-outreach creators in a market. */
export interface SourcingEffect {
	market: string;
	existingNetwork: number;
	coldOutreach: number;
	/** Relative difference, existing network over cold outreach. */
	lift: number;
}

/** The sourcing comparison per market (engagements over impressions, ratio of sums). */
export function measureSourcingEffect(
	rows: readonly FactRow[],
	creators: readonly Creator[]
): SourcingEffect[] {
	const sourcingOf = new Map(creators.map((creator) => [creator.creator_id, creator.sourcing]));
	return MARKET_CODES.map((market) => {
		const rate = (sourcing: Sourcing) => {
			let engagements = 0;
			let impressions = 0;
			for (const row of rows) {
				if (row.market !== market || sourcingOf.get(row.creator_id) !== sourcing) continue;
				engagements += row.likes + row.comments + row.shares + row.saves;
				impressions += row.impressions;
			}
			return impressions > 0 ? engagements / impressions : 0;
		};
		const existingNetwork = rate('existing_network');
		const coldOutreach = rate('cold_outreach');
		return { market, existingNetwork, coldOutreach, lift: existingNetwork / coldOutreach - 1 };
	});
}
