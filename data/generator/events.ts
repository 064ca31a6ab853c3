import type { MarketCode } from './markets';
import type { CreatorPlatform, Tier } from './platforms';

/**
 * Things that happened to the sample campaign, planted in the facts so that spike detection,
 * annotations and decision effects have something real to find. data/README.md lists them
 * with the sizes the generator measures.
 */

/** A press article names the campaign: US organic impressions jump; the new eyes engage less. */
export const US_PR_MENTION = {
	market: 'US' as MarketCode,
	date: '2026-11-16',
	organicFactor: 3.2,
	/** Engagement per view of the extra impressions, relative to the usual audience. */
	extraEngagement: 0.35
};

/** A small creator's Brazilian TikTok post is picked up by the For You feed. */
export const BR_VIRAL_POST = {
	market: 'BR' as MarketCode,
	platform: 'tiktok' as CreatorPlatform,
	date: '2026-11-13',
	/** Extra organic impressions on the day and the two days after. */
	extraImpressions: [1_400_000, 550_000, 200_000] as const,
	/** Engagement per view of the feed's extra viewers, relative to the creator's audience. */
	extraEngagement: 0.6,
	shareFactor: 2.5,
	/** The post is chosen among BR TikTok posts by micro-tier creators published in this window. */
	publishedFrom: '2026-11-09',
	publishedTo: '2026-11-12'
};

/** A lifetime budget typed as a daily one: Mexico spends far over pace for a day, at worse CPMs. */
export const MX_OVERSPEND = {
	market: 'MX' as MarketCode,
	date: '2026-11-13',
	spendFactor: 2.7,
	cpmFactor: 1.4
};

/** A broken redirect on the Colombian landing link: no clicks, conversions or revenue tracked. */
export const CO_TRACKING_OUTAGE = { market: 'CO' as MarketCode, date: '2026-11-17' };

/** The Argentine ad account's card is declined: every boost pauses for a day (the dip). */
export const AR_BOOST_PAUSE = { market: 'AR' as MarketCode, date: '2026-11-19' };

/** Decision (annotated): from the 15th, Brazil moves boost budget from YouTube to TikTok. */
export const BR_BUDGET_SHIFT = {
	market: 'BR' as MarketCode,
	from: '2026-11-15',
	spendWeights: { tiktok: 1.5, instagram: 0.7, youtube: 0.3 } as Record<CreatorPlatform, number>
};

/** Decision (annotated): from the 14th, Mexico caps its daily boost to land on budget. */
export const MX_DAILY_CAP = { market: 'MX' as MarketCode, from: '2026-11-14', budgetFactor: 0.8 };

/**
 * Creative B waits in Argentine legal review until the 12th: half of the B posts planned
 * earlier go out with creative A, the other half wait for approval (the sample-ratio mismatch).
 */
export const AR_LEGAL_HOLD = {
	market: 'AR' as MarketCode,
	approvedOn: '2026-11-12',
	swappedShare: 0.7
};

/**
 * In the US the brand asked for its new creative on its biggest accounts: every post by a mid
 * or macro creator carries B (the market-mix half of Simpson's paradox). Row counts stay
 * balanced because the small accounts' posts fill arm A.
 */
export const US_BIG_ACCOUNTS_VARIANT = {
	market: 'US' as MarketCode,
	tiers: ['mid', 'macro'] as readonly Tier[],
	variant: 'B' as const
};

/** One planted event as the README and the tests list it. */
export interface PlantedEvent {
	id: string;
	kind: 'spike' | 'dip';
	date: string;
	market: MarketCode;
	metric: string;
	what: string;
}

/** The planted spikes and dip. */
export const PLANTED_EVENTS: readonly PlantedEvent[] = [
	{
		id: 'us-pr-mention',
		kind: 'spike',
		date: US_PR_MENTION.date,
		market: 'US',
		metric: 'impressions',
		what: 'A press mention lifts organic impressions; engagement per impression falls.'
	},
	{
		id: 'br-viral-post',
		kind: 'spike',
		date: BR_VIRAL_POST.date,
		market: 'BR',
		metric: 'views',
		what: 'A TikTok post goes viral for three days (views and shares).'
	},
	{
		id: 'mx-overspend',
		kind: 'spike',
		date: MX_OVERSPEND.date,
		market: 'MX',
		metric: 'spend',
		what: 'A lifetime budget entered as daily: spend far over pace, CPM up.'
	},
	{
		id: 'co-tracking-outage',
		kind: 'spike',
		date: CO_TRACKING_OUTAGE.date,
		market: 'CO',
		metric: 'clicks',
		what: 'Tracking outage: zero clicks, conversions and revenue for the day.'
	},
	{
		id: 'ar-boost-pause',
		kind: 'dip',
		date: AR_BOOST_PAUSE.date,
		market: 'AR',
		metric: 'impressions',
		what: 'Declined card pauses all boosts: no spend, impressions fall to organic only.'
	}
];
