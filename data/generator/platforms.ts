/** The creator platforms of the sample campaign and how content behaves on each. */
export const CREATOR_PLATFORMS = ['instagram', 'tiktok', 'youtube'] as const;
export type CreatorPlatform = (typeof CREATOR_PLATFORMS)[number];

/** Engagements per view, split by kind. */
export interface EngagementRates {
	likes: number;
	comments: number;
	shares: number;
	saves: number;
}

/** How a post on one platform earns impressions, views and engagements. */
export interface PlatformProfile {
	/** Lifetime organic impressions per follower (TikTok's feed reaches far past followers). */
	organicPerFollower: number;
	/** Share of the remaining organic impressions a post keeps from one day to the next. */
	decay: number;
	/** Views per impression (a TikTok autoplay counts fast; a YouTube view is a click). */
	viewRate: number;
	/** Engagements per view. */
	engagement: EngagementRates;
	/** Multiplier on the market's paid CPM. */
	cpm: number;
	/** Multiplier on the market's CTR. */
	ctr: number;
	/** Weight of the platform when the day's paid budget is split across posts. */
	spendWeight: number;
}

/** Platform levels (see data/README.md, "Assumptions"). */
export const PLATFORM_PROFILES: Readonly<Record<CreatorPlatform, PlatformProfile>> = {
	tiktok: {
		organicPerFollower: 0.6,
		decay: 0.5,
		viewRate: 0.72,
		engagement: { likes: 0.055, comments: 0.0018, shares: 0.005, saves: 0.006 },
		cpm: 0.8,
		ctr: 0.95,
		spendWeight: 1
	},
	instagram: {
		organicPerFollower: 0.3,
		decay: 0.55,
		viewRate: 0.48,
		engagement: { likes: 0.062, comments: 0.003, shares: 0.006, saves: 0.008 },
		cpm: 1,
		ctr: 1.05,
		spendWeight: 1
	},
	youtube: {
		organicPerFollower: 0.25,
		decay: 0.8,
		viewRate: 0.2,
		engagement: { likes: 0.04, comments: 0.004, shares: 0.0015, saves: 0.002 },
		cpm: 1.35,
		ctr: 1,
		spendWeight: 0.8
	}
};

/** Creator size tiers, by follower count. */
export const TIERS = ['nano', 'micro', 'mid', 'macro'] as const;
export type Tier = (typeof TIERS)[number];

/** Follower range of each tier (lower bound included) and how its audience engages. */
export const TIER_PROFILES: Readonly<
	Record<Tier, { minFollowers: number; maxFollowers: number; engagement: number }>
> = {
	nano: { minFollowers: 2_000, maxFollowers: 10_000, engagement: 1.3 },
	micro: { minFollowers: 10_000, maxFollowers: 100_000, engagement: 1.12 },
	mid: { minFollowers: 100_000, maxFollowers: 500_000, engagement: 1 },
	macro: { minFollowers: 500_000, maxFollowers: 2_500_000, engagement: 0.82 }
};
