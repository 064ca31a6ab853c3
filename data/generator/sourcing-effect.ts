import type { Creator, Sourcing } from './creators';
import type { FactRow } from './facts';
import { MARKET_CODES, type MarketCode } from './markets';

/** Engagement of existing-network against cold-outreach creators in one market. */
export interface SourcingEffect {
	market: MarketCode;
	/** Mean over creators of each creator's engagements per impression. */
	existingNetwork: number;
	coldOutreach: number;
	/** existingNetwork / coldOutreach − 1: the matched-pair comparison the roster is built for. */
	lift: number;
	/** The same comparison as one ratio of sums per group (weighted by impressions). */
	pooledLift: number;
}

/**
 * The sourcing comparison per market. Creators are the units: every group holds one creator
 * of each tier-and-platform pair, so the mean of creator-level engagement rates compares like
 * with like; the impression-weighted ratio of sums is reported beside it because a viral post
 * or a heavy YouTube month can swing it.
 */
export function measureSourcingEffect(
	rows: readonly FactRow[],
	creators: readonly Creator[]
): SourcingEffect[] {
	const byCreator = new Map<string, { engagements: number; impressions: number }>();
	for (const row of rows) {
		const sums = byCreator.get(row.creator_id) ?? { engagements: 0, impressions: 0 };
		sums.engagements += row.likes + row.comments + row.shares + row.saves;
		sums.impressions += row.impressions;
		byCreator.set(row.creator_id, sums);
	}
	return MARKET_CODES.map((market) => {
		const group = (sourcing: Sourcing) =>
			creators
				.filter((creator) => creator.market === market && creator.sourcing === sourcing)
				.map((creator) => byCreator.get(creator.creator_id))
				.filter((sums) => sums !== undefined && sums.impressions > 0) as {
				engagements: number;
				impressions: number;
			}[];
		const mean = (sums: { engagements: number; impressions: number }[]) =>
			sums.reduce((total, sum) => total + sum.engagements / sum.impressions, 0) / sums.length;
		const pooled = (sums: { engagements: number; impressions: number }[]) =>
			sums.reduce((total, sum) => total + sum.engagements, 0) /
			sums.reduce((total, sum) => total + sum.impressions, 0);
		const existing = group('existing_network');
		const cold = group('cold_outreach');
		const existingNetwork = mean(existing);
		const coldOutreach = mean(cold);
		return {
			market,
			existingNetwork,
			coldOutreach,
			lift: existingNetwork / coldOutreach - 1,
			pooledLift: pooled(existing) / pooled(cold) - 1
		};
	});
}
