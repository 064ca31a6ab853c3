import { toCsvRow } from '../../src/lib/domain/csv-cell';
import { drawHandle } from './handles';
import { MARKET_CODES, type MarketCode } from './markets';
import { TIER_PROFILES, type CreatorPlatform, type Tier } from './platforms';
import { createRandom } from './random';

/** How the agency found a creator. */
export type Sourcing = 'existing_network' | 'cold_outreach';

/** A creator as creators.csv lists it, plus a hidden audience quality the facts draw from. */
export interface Creator {
	creator_id: string;
	handle: string;
	market: MarketCode;
	platform: CreatorPlatform;
	followers: number;
	tier: Tier;
	sourcing: Sourcing;
	/** How much better or worse than its tier this creator's audience engages (not written). */
	quality: number;
}

/** Header of creators.csv. */
export const CREATORS_HEADER = [
	'creator_id',
	'handle',
	'market',
	'platform',
	'followers',
	'tier',
	'sourcing'
] as const;

// Every market books six pairs of creators of the same tier and platform, one found through
// the agency's existing network and one through cold outreach, so that the sourcing
// comparison is not a comparison of platforms or sizes.
const ROSTER_PAIR_TIERS: readonly Tier[] = ['nano', 'nano', 'micro', 'micro', 'mid', 'macro'];
const ROSTER_PAIR_PLATFORMS: readonly CreatorPlatform[] = [
	'tiktok',
	'tiktok',
	'tiktok',
	'instagram',
	'instagram',
	'youtube'
];

// Largest ratio between a pair member's followers and the pair's size.
const PAIR_SPREAD = 1.2;

/** Creators per market. */
export const CREATORS_PER_MARKET = ROSTER_PAIR_TIERS.length * 2;

/**
 * Twelve creators per market in six matched pairs (same tier and platform, similar follower
 * counts; one existing-network and one cold-outreach creator each); a pair's size is
 * log-uniform inside the tier's range; ids numbered in a shuffled order. `idPrefix` keeps
 * ids unique across benchmark cohorts.
 */
export function buildCreators(seed: number, idPrefix = ''): Creator[] {
	const random = createRandom(seed);
	const quality = random.logNormal(0, 0.05);
	const handles = new Set<string>();
	const creators: Creator[] = [];
	for (const market of MARKET_CODES) {
		const platforms = random.shuffle(ROSTER_PAIR_PLATFORMS);
		const roster = ROSTER_PAIR_TIERS.flatMap((tier, pair) => {
			// A pair's size stays a fifth inside the tier's range, so that its two members,
			// up to 20% apart, both belong to the tier.
			const { minFollowers, maxFollowers } = TIER_PROFILES[tier];
			const size = Math.exp(
				random.uniform(Math.log(minFollowers * PAIR_SPREAD), Math.log(maxFollowers / PAIR_SPREAD))
			);
			return (['existing_network', 'cold_outreach'] as const).map((sourcing) => ({
				tier,
				sourcing,
				platform: platforms[pair] ?? 'tiktok',
				followers: Math.round(size * random.uniform(1 / PAIR_SPREAD, PAIR_SPREAD))
			}));
		});
		random.shuffle(roster).forEach(({ tier, sourcing, platform, followers }, index) => {
			creators.push({
				creator_id: `${idPrefix}${market.toLowerCase()}-c${String(index + 1).padStart(2, '0')}`,
				handle: drawHandle(market, random, handles),
				market,
				platform,
				followers,
				tier,
				sourcing,
				quality: quality()
			});
		});
	}
	return creators;
}

/** creators.csv text. */
export function toCreatorsCsv(creators: readonly Creator[]): string {
	const rows = creators.map((creator) =>
		toCsvRow([
			creator.creator_id,
			creator.handle,
			creator.market,
			creator.platform,
			creator.followers,
			creator.tier,
			creator.sourcing
		])
	);
	return `${[toCsvRow(CREATORS_HEADER), ...rows].join('\n')}\n`;
}
