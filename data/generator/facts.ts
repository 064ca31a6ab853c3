import { CAMPAIGN_END, DATA_START, addDays, daysBetween, listDays } from './calendar';
import type { ContentItem, Variant } from './content-plan';
import type { Creator } from './creators';
import {
	AR_BOOST_PAUSE,
	BR_BUDGET_SHIFT,
	BR_VIRAL_POST,
	CO_TRACKING_OUTAGE,
	MX_DAILY_CAP,
	MX_OVERSPEND,
	US_PR_MENTION
} from './events';
import { getMarketProfile, type MarketCode, type MarketProfile } from './markets';
import { getActualPhase } from './phases';
import { PLATFORM_PROFILES, TIER_PROFILES, type CreatorPlatform } from './platforms';
import { createRandom } from './random';

/** One row of a facts file: one post on one day. Money in the market's currency. */
export interface FactRow {
	date: string;
	market: MarketCode;
	platform: CreatorPlatform;
	creator_id: string;
	content_id: string;
	variant: Variant;
	currency: string;
	impressions: number;
	views: number;
	likes: number;
	comments: number;
	shares: number;
	saves: number;
	clicks: number;
	conversions: number;
	spend: number;
	revenue: number;
	reach: number;
	followers: number;
}

// A post is boosted with paid media for its first ten days.
const BOOST_DAYS = 10;
// The soft launch runs at 40% of the live daily budget.
const SOFT_LAUNCH_PACE = 0.4;
// Paid impressions engage a little over half as much as organic ones.
const PAID_ENGAGEMENT = 0.6;

/** Hidden levels of one post, drawn once. */
interface PostLevels {
	item: ContentItem;
	creator: Creator;
	organicTotal: number;
	engagement: number;
	ctr: number;
	spendWeight: number;
	cumulativeImpressions: number;
	reach: number;
}

/**
 * The daily facts of one market: a row per post per day from its publish day to the end of
 * the data, with organic impressions decaying after publishing, a daily paid budget split
 * over the boosted posts, and the planted events of events.ts.
 */
export function buildMarketFacts(
	market: MarketCode,
	creators: readonly Creator[],
	items: readonly ContentItem[],
	seed: number
): FactRow[] {
	const profile = getMarketProfile(market);
	const random = createRandom(seed);
	const creatorById = new Map(creators.map((creator) => [creator.creator_id, creator]));
	const viralId = market === BR_VIRAL_POST.market ? findViralPost(items, creators) : undefined;
	const postNoise = random.logNormal(0, 0.3);
	const levelNoise = random.logNormal(0, 0.08);
	const weightNoise = random.logNormal(0, 0.25);
	const posts: PostLevels[] = items
		.filter((item) => item.market === market)
		.sort((a, b) => (a.content_id < b.content_id ? -1 : 1))
		.map((item) => {
			const creator = creatorById.get(item.creator_id);
			if (!creator) throw new Error(`post ${item.content_id} has no creator ${item.creator_id}`);
			const platform = PLATFORM_PROFILES[item.platform];
			const sourcingLift = creator.sourcing === 'existing_network' ? profile.networkLift : 1;
			return {
				item,
				creator,
				organicTotal: creator.followers * platform.organicPerFollower * postNoise(),
				engagement:
					profile.engagement *
					TIER_PROFILES[creator.tier].engagement *
					sourcingLift *
					creator.quality *
					levelNoise(),
				ctr: profile.ctr * platform.ctr * (item.variant === 'B' ? profile.variantLift : 1) * levelNoise(),
				spendWeight: creator.followers ** 0.3 * platform.spendWeight * weightNoise(),
				cumulativeImpressions: 0,
				reach: 0
			};
		});

	const days = listDays(DATA_START, CAMPAIGN_END);
	const dailyBudget = planDailyBudget(profile, posts, days);
	const budgetNoise = random.logNormal(0, 0.1);
	const dayNoise = random.logNormal(0, 0.15);
	const smallNoise = random.logNormal(0, 0.06);
	const rows: FactRow[] = [];
	for (const date of days) {
		const live = posts.filter((post) => post.item.published_on <= date);
		const boosted = live.filter((post) => isBoosted(post, date));
		const budget = dailyBudget * pace(market, date) * budgetFactor(market, date) * budgetNoise();
		const weightOf = (post: PostLevels) =>
			post.spendWeight *
			(market === BR_BUDGET_SHIFT.market && date >= BR_BUDGET_SHIFT.from
				? BR_BUDGET_SHIFT.spendWeights[post.item.platform]
				: 1);
		const totalWeight = boosted.reduce((sum, post) => sum + weightOf(post), 0);
		for (const post of live) {
			const { item, creator } = post;
			const platform = PLATFORM_PROFILES[item.platform];
			const age = daysBetween(item.published_on, date);
			let organic = post.organicTotal * (1 - platform.decay) * platform.decay ** age * dayNoise();
			let extra = 0;
			if (market === US_PR_MENTION.market && date === US_PR_MENTION.date) {
				extra = organic * (US_PR_MENTION.organicFactor - 1);
			}
			const viralDay = item.content_id === viralId ? daysBetween(BR_VIRAL_POST.date, date) : -1;
			const viralExtra = BR_VIRAL_POST.extraImpressions[viralDay] ?? 0;
			const viral = viralExtra * dayNoise();
			const spend = isBoosted(post, date) && totalWeight > 0 ? roundCents((budget * weightOf(post)) / totalWeight) : 0;
			const cpm = (profile.cpmUsd / profile.usdRate) * platform.cpm * cpmFactor(market, date) * smallNoise();
			const paid = spend > 0 ? (spend / cpm) * 1000 : 0;
			const impressions = Math.max(1, Math.round(organic + extra + viral + paid));
			const views = Math.min(impressions, random.count(impressions * platform.viewRate * smallNoise()));
			// Views that engage like the creator's own audience: paid, press and feed traffic count less.
			const engagedShare =
				(organic +
					paid * PAID_ENGAGEMENT +
					extra * US_PR_MENTION.extraEngagement +
					viral * BR_VIRAL_POST.extraEngagement) /
				impressions;
			const engagedViews = views * engagedShare * post.engagement;
			const rates = platform.engagement;
			const likes = random.count(engagedViews * rates.likes * smallNoise());
			const comments = random.count(engagedViews * rates.comments * smallNoise());
			const shares = random.count(engagedViews * rates.shares * (viralExtra > 0 ? BR_VIRAL_POST.shareFactor : 1) * smallNoise());
			const saves = random.count(engagedViews * rates.saves * smallNoise());
			const engagements = capEngagements([likes, comments, shares, saves], views);
			const outage = market === CO_TRACKING_OUTAGE.market && date === CO_TRACKING_OUTAGE.date;
			const clicks = outage ? 0 : Math.min(impressions, random.count(impressions * post.ctr * smallNoise()));
			const conversions = outage ? 0 : Math.min(clicks, random.count(clicks * profile.cvr));
			const revenue = conversions > 0 ? roundCents(conversions * profile.orderValue * smallNoise()) : 0;
			post.cumulativeImpressions += impressions;
			// Reach is a snapshot: unique people so far, as frequency grows with the post's age.
			const frequency = Math.min(1.9, 1.08 + 0.045 * age);
			post.reach = Math.max(post.reach, Math.round(post.cumulativeImpressions / frequency));
			rows.push({
				date,
				market,
				platform: item.platform,
				creator_id: creator.creator_id,
				content_id: item.content_id,
				variant: item.variant,
				currency: profile.currency,
				impressions,
				views,
				likes: engagements[0] ?? 0,
				comments: engagements[1] ?? 0,
				shares: engagements[2] ?? 0,
				saves: engagements[3] ?? 0,
				clicks,
				conversions,
				spend,
				revenue,
				reach: post.reach,
				followers: creator.followers
			});
		}
	}
	return rows;
}

/**
 * The Brazilian TikTok post that goes viral: the first (by id) micro-tier post published in
 * the event's window, or any TikTok post in the window when no micro-tier one is.
 */
export function findViralPost(items: readonly ContentItem[], creators: readonly Creator[]): string {
	const tierOf = new Map(creators.map((creator) => [creator.creator_id, creator.tier]));
	const candidates = items
		.filter(
			(item) =>
				item.market === BR_VIRAL_POST.market &&
				item.platform === BR_VIRAL_POST.platform &&
				item.published_on >= BR_VIRAL_POST.publishedFrom &&
				item.published_on <= BR_VIRAL_POST.publishedTo
		)
		.sort((a, b) => (a.content_id < b.content_id ? -1 : 1));
	const chosen = candidates.find((item) => tierOf.get(item.creator_id) === 'micro') ?? candidates[0];
	if (!chosen) throw new Error('no Brazilian TikTok post in the viral window');
	return chosen.content_id;
}

function isBoosted(post: PostLevels, date: string): boolean {
	const age = daysBetween(post.item.published_on, date);
	return age >= 0 && age < BOOST_DAYS;
}

function pace(market: MarketCode, date: string): number {
	const soft = getActualPhase(market, 'soft_launch');
	const live = getActualPhase(market, 'live');
	if (date >= live.start) return 1;
	if (date >= soft.start) return SOFT_LAUNCH_PACE;
	return 0;
}

function budgetFactor(market: MarketCode, date: string): number {
	if (market === MX_OVERSPEND.market && date === MX_OVERSPEND.date) return MX_OVERSPEND.spendFactor;
	if (market === MX_DAILY_CAP.market && date >= MX_DAILY_CAP.from) return MX_DAILY_CAP.budgetFactor;
	if (market === AR_BOOST_PAUSE.market && date === AR_BOOST_PAUSE.date) return 0;
	return 1;
}

function cpmFactor(market: MarketCode, date: string): number {
	return market === MX_OVERSPEND.market && date === MX_OVERSPEND.date ? MX_OVERSPEND.cpmFactor : 1;
}

// The budget per full-pace day that spends the planned share over the days with boosted posts.
function planDailyBudget(profile: MarketProfile, posts: readonly PostLevels[], days: readonly string[]): number {
	const paceDays = days
		.filter((date) => posts.some((post) => isBoosted(post, date)))
		.reduce((sum, date) => sum + pace(profile.code, date), 0);
	return paceDays > 0 ? (profile.budget * profile.plannedUse) / paceDays : 0;
}

// Engagements never outnumber views: scale all four down together when noise says otherwise.
function capEngagements(counts: number[], views: number): number[] {
	const total = counts.reduce((sum, count) => sum + count, 0);
	if (total <= views) return counts;
	return counts.map((count) => Math.floor((count * views) / total));
}

function roundCents(value: number): number {
	return Math.round(value * 100) / 100;
}

/** The last day a post's paid boost runs. */
export function lastBoostDay(item: ContentItem): string {
	return addDays(item.published_on, BOOST_DAYS - 1);
}
