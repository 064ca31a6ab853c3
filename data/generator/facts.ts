import { CAMPAIGN_END, DATA_START, daysBetween, listDays } from './calendar';
import type { ContentItem, Variant } from './content-plan';
import type { Creator } from './creators';
import {
	AR_BOOST_PAUSE,
	BR_VIRAL_POST,
	CO_TRACKING_OUTAGE,
	MX_DAILY_CAP,
	MX_OVERSPEND,
	US_PR_MENTION
} from './events';
import { getMarketProfile, type MarketCode } from './markets';
import { planBoostBudget } from './boost-budget';
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

// Paid impressions engage less than the creator's own audience.
const PAID_ENGAGEMENT = 0.75;
// Boost budgets grow slower than audiences: small creators get more paid reach per follower.
const BOOST_SIZE_EXPONENT = 0.6;

/** Hidden levels of one post, drawn once. */
interface PostLevels {
	item: ContentItem;
	creator: Creator;
	organicTotal: number;
	engagement: number;
	ctr: number;
	boostWeight: number;
	cumulativeImpressions: number;
	reach: number;
}

/**
 * The daily facts of one market: a row per post per day from its publish day to the end of
 * the data. Organic impressions decay after publishing; the market's daily budget (lower in
 * the soft launch) is split over the posts in their first ten days in proportion to their
 * creators' size, each post capped at what its audience can absorb; the planted events of
 * events.ts bend the days they name.
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
	const postNoise = random.logNormal(0, 0.15);
	const levelNoise = random.logNormal(0, 0.08);
	const ctrNoise = random.logNormal(0, 0.04);
	const weightNoise = random.logNormal(0, 0.1);
	const posts: PostLevels[] = items
		.filter((item) => item.market === market)
		.sort((a, b) => (a.content_id < b.content_id ? -1 : 1))
		.map((item) => {
			const creator = creatorById.get(item.creator_id);
			if (!creator) throw new Error(`post ${item.content_id} has no creator ${item.creator_id}`);
			const platform = PLATFORM_PROFILES[item.platform];
			const sourcingLift = creator.sourcing === 'existing_network' ? profile.networkLift : 1;
			const variantLift = item.variant === 'B' ? profile.variantLift : 1;
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
				ctr: profile.ctr * platform.ctr * variantLift * ctrNoise(),
				boostWeight:
					creator.followers ** BOOST_SIZE_EXPONENT * platform.spendWeight * weightNoise(),
				cumulativeImpressions: 0,
				reach: 0
			};
		});

	const days = listDays(DATA_START, CAMPAIGN_END);
	const boost = planBoostBudget(
		market,
		days,
		posts.map((post) => ({
			publishedOn: post.item.published_on,
			platform: post.item.platform,
			weight: post.boostWeight
		})),
		profile.budget * profile.plannedUse
	);
	const cpmNoise = random.logNormal(0, 0.06);
	const budgetNoise = random.logNormal(0, 0.08);
	const dayNoise = random.logNormal(0, 0.15);
	const smallNoise = random.logNormal(0, 0.06);
	const rows: FactRow[] = [];
	days.forEach((date, dayIndex) => {
		const spendByPost = boost.allocate(dayIndex, boost.dailyBudget * budgetNoise());
		posts.forEach((post, postIndex) => {
			const { item, creator } = post;
			if (item.published_on > date) return;
			const platform = PLATFORM_PROFILES[item.platform];
			const age = daysBetween(item.published_on, date);
			const organic = post.organicTotal * (1 - platform.decay) * platform.decay ** age * dayNoise();
			const press =
				market === US_PR_MENTION.market && date === US_PR_MENTION.date
					? organic * (US_PR_MENTION.organicFactor - 1)
					: 0;
			const viralDay = item.content_id === viralId ? daysBetween(BR_VIRAL_POST.date, date) : -1;
			const viral = (BR_VIRAL_POST.extraImpressions[viralDay] ?? 0) * dayNoise();
			const spend = roundCents((spendByPost[postIndex] ?? 0) * spendFactor(market, date));
			const cpm =
				(profile.cpmUsd / profile.usdRate) * platform.cpm * cpmFactor(market, date) * cpmNoise();
			const paid = (spend / cpm) * 1000;
			const impressions = Math.max(1, Math.round(organic + press + viral + paid));
			const views = Math.min(
				impressions,
				random.count(impressions * platform.viewRate * smallNoise())
			);
			// Views that engage like the creator's own audience: paid and press traffic count less.
			const engagedShare =
				(organic +
					paid * PAID_ENGAGEMENT +
					press * US_PR_MENTION.extraEngagement +
					viral * BR_VIRAL_POST.extraEngagement) /
				impressions;
			const engagedViews = views * engagedShare * post.engagement;
			const rates = platform.engagement;
			const shareBoost = viral > 0 ? BR_VIRAL_POST.shareFactor : 1;
			const engagements = capEngagements(
				[
					random.count(engagedViews * rates.likes * smallNoise()),
					random.count(engagedViews * rates.comments * smallNoise()),
					random.count(engagedViews * rates.shares * shareBoost * smallNoise()),
					random.count(engagedViews * rates.saves * smallNoise())
				],
				views
			);
			const outage = market === CO_TRACKING_OUTAGE.market && date === CO_TRACKING_OUTAGE.date;
			const clicks = outage
				? 0
				: Math.min(impressions, random.count(impressions * post.ctr * smallNoise()));
			const conversions = outage ? 0 : Math.min(clicks, random.count(clicks * profile.cvr));
			const revenue =
				conversions > 0 ? roundCents(conversions * profile.orderValue * smallNoise()) : 0;
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
		});
	});
	return rows;
}

/**
 * The Brazilian TikTok post that goes viral: the first (by id) micro-tier post published in
 * the event's window, or any TikTok post in the window when no micro-tier one is; none when
 * the window holds no Brazilian TikTok post.
 */
export function findViralPost(
	items: readonly ContentItem[],
	creators: readonly Creator[]
): string | undefined {
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
	const chosen =
		candidates.find((item) => tierOf.get(item.creator_id) === 'micro') ?? candidates[0];
	return chosen?.content_id;
}

// The planted spend events and the Mexican cap, applied to the day's spend.
function spendFactor(market: MarketCode, date: string): number {
	if (market === MX_OVERSPEND.market && date === MX_OVERSPEND.date) return MX_OVERSPEND.spendFactor;
	if (market === MX_DAILY_CAP.market && date >= MX_DAILY_CAP.from) return MX_DAILY_CAP.budgetFactor;
	if (market === AR_BOOST_PAUSE.market && date === AR_BOOST_PAUSE.date) return 0;
	return 1;
}

function cpmFactor(market: MarketCode, date: string): number {
	return market === MX_OVERSPEND.market && date === MX_OVERSPEND.date ? MX_OVERSPEND.cpmFactor : 1;
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
