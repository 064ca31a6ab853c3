import type { Creator } from '../creators';
import { meanAndVariance, welchInterval, type WelchInterval } from '../stats/welch';

/** A creator's engagements and impressions in one market over the days compared. */
export interface CreatorEngagement {
	creatorId: string;
	market: string;
	engagements: number;
	impressions: number;
}

/** One creator's engagement rate: engagements per impression over all its posts and days. */
export interface CreatorRate {
	creatorId: string;
	rate: number;
	impressions: number;
}

/** The creators of one sourcing channel in a market, and their mean engagement rate. */
export interface ChannelEngagement {
	/** Creators with impressions, by id. */
	creators: CreatorRate[];
	/** The mean of their rates (each creator counts once); null without creators. */
	mean: number | null;
}

/** Existing-network against cold-outreach creators in one market. */
export interface SourcingComparison {
	market: string;
	network: ChannelEngagement;
	cold: ChannelEngagement;
	/** Creators with impressions whose channel is not known (not listed, or listed without one). */
	unknownChannel: number;
	/** mean(network) − mean(cold) with its Welch interval; null with fewer than 2 on a side. */
	difference: WelchInterval | null;
	/** The difference as a share of the cold-outreach mean; null when that mean is 0 or missing. */
	relativeDifference: number | null;
}

/**
 * Whether relationship-sourced creators engage more, per market, as a measurement: each
 * creator's engagement rate is a ratio of its sums (engagements over impressions, across all
 * its posts and days), so a creator is one unit however much it posted; each channel's rates
 * are averaged with every creator counting once, and network − cold gets Welch's interval
 * (the two channels' spreads need not match). Weighting by impressions instead would let one
 * viral post speak for its whole channel. Creators without impressions have no rate and stay
 * out; markets keep the order given.
 */
export function compareSourcing(
	creators: readonly Pick<Creator, 'id' | 'sourcing'>[],
	engagement: readonly CreatorEngagement[],
	markets: readonly string[],
	level = 0.95
): SourcingComparison[] {
	const channelOf = new Map(creators.map((creator) => [creator.id, creator.sourcing]));
	return markets.map((market) => {
		const rated = engagement
			.filter((row) => row.market === market && row.impressions > 0)
			.map((row) => ({
				creatorId: row.creatorId,
				rate: row.engagements / row.impressions,
				impressions: row.impressions,
				channel: channelOf.get(row.creatorId) ?? null
			}))
			.sort((a, b) => (a.creatorId < b.creatorId ? -1 : a.creatorId > b.creatorId ? 1 : 0));
		const channel = (name: string): ChannelEngagement => {
			const members = rated
				.filter((creator) => creator.channel === name)
				.map(({ creatorId, rate, impressions }) => ({ creatorId, rate, impressions }));
			return {
				creators: members,
				mean: members.length === 0 ? null : meanAndVariance(members.map((c) => c.rate))[0]
			};
		};
		const network = channel('existing_network');
		const cold = channel('cold_outreach');
		const difference = welchInterval(
			network.creators.map((c) => c.rate),
			cold.creators.map((c) => c.rate),
			level
		);
		return {
			market,
			network,
			cold,
			unknownChannel: rated.filter((creator) => creator.channel === null).length,
			difference,
			relativeDifference:
				difference && cold.mean ? difference.difference / Math.abs(cold.mean) : null
		};
	});
}
