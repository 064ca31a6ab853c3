import { daysBetween } from './calendar';
import { BR_BUDGET_SHIFT } from './events';
import type { MarketCode } from './markets';
import { getActualPhase } from './phases';
import type { CreatorPlatform } from './platforms';

/** Days a post is boosted with paid media, its publish day included. */
export const BOOST_DAYS = 10;
// The soft launch spends at 35% of the live daily pace; nothing is spent before it.
const SOFT_LAUNCH_PACE = 0.35;
// A post takes at most this multiple of its average daily share of the budget.
const POST_DELIVERY_CAP = 4;

/** A post as the boost budget sees it. */
export interface BoostedPost {
	publishedOn: string;
	platform: CreatorPlatform;
	/** Share of the budget relative to the other posts (grows with the creator's size). */
	weight: number;
}

/** How a market's paid budget is split over its posts, day by day. */
export interface BoostPlan {
	/** The full-pace daily budget that spends the plan. */
	dailyBudget: number;
	/** Spend per post (indexed like the posts) on day `dayIndex` for the day's `budget`. */
	allocate: (dayIndex: number, budget: number) => Float64Array;
}

interface BoostDay {
	pace: number;
	indexes: number[];
	weights: number[];
	caps: number[];
	totalWeight: number;
}

/**
 * Plans the daily boost budget of one market: each day's budget (lower in the soft launch) is
 * split over the posts in their first BOOST_DAYS in proportion to their weight (Brazil's
 * platform shift applied), no post taking more than its audience can absorb; the full-pace
 * daily budget is found so that the days spend `planned` in total.
 */
export function planBoostBudget(
	market: MarketCode,
	days: readonly string[],
	posts: readonly BoostedPost[],
	planned: number
): BoostPlan {
	const boostedDays = posts.map(
		(post) => days.filter((date) => isBoosted(post.publishedOn, date)).length
	);
	const weightDays = posts.reduce(
		(sum, post, index) => sum + post.weight * (boostedDays[index] ?? 0),
		0
	);
	const ratePerWeight = weightDays > 0 ? planned / weightDays : 0;
	const plan: BoostDay[] = days.map((date) => {
		const day: BoostDay = {
			pace: pace(market, date),
			indexes: [],
			weights: [],
			caps: [],
			totalWeight: 0
		};
		posts.forEach((post, index) => {
			if (!isBoosted(post.publishedOn, date)) return;
			const weight = post.weight * shiftFactor(market, post.platform, date);
			day.indexes.push(index);
			day.weights.push(weight);
			day.caps.push(POST_DELIVERY_CAP * ratePerWeight * weight);
			day.totalWeight += weight;
		});
		return day;
	});
	const spendOf = (day: BoostDay, budget: number, position: number) =>
		Math.min(
			(budget * day.pace * (day.weights[position] ?? 0)) / day.totalWeight,
			day.caps[position] ?? 0
		);
	const spendAt = (budget: number) =>
		plan.reduce((sum, day) => {
			for (let position = 0; position < day.indexes.length; position += 1) {
				sum += spendOf(day, budget, position);
			}
			return sum;
		}, 0);
	// A few rounds of rescaling: the caps bite harder the larger the budget.
	let dailyBudget = planned / Math.max(1, days.length);
	for (let round = 0; round < 8; round += 1) {
		const spent = spendAt(dailyBudget);
		if (spent <= 0) {
			dailyBudget = 0;
			break;
		}
		dailyBudget *= planned / spent;
	}
	return {
		dailyBudget,
		allocate: (dayIndex, budget) => {
			const spend = new Float64Array(posts.length);
			const day = plan[dayIndex];
			if (!day) return spend;
			day.indexes.forEach((index, position) => {
				spend[index] = spendOf(day, budget, position);
			});
			return spend;
		}
	};
}

/** True while a post published on `publishedOn` is boosted on `date`. */
export function isBoosted(publishedOn: string, date: string): boolean {
	const age = daysBetween(publishedOn, date);
	return age >= 0 && age < BOOST_DAYS;
}

function pace(market: MarketCode, date: string): number {
	if (date >= getActualPhase(market, 'live').start) return 1;
	if (date >= getActualPhase(market, 'soft_launch').start) return SOFT_LAUNCH_PACE;
	return 0;
}

// The Brazilian shift moves the day's budget between platforms; the total stays the same.
function shiftFactor(market: MarketCode, platform: CreatorPlatform, date: string): number {
	return market === BR_BUDGET_SHIFT.market && date >= BR_BUDGET_SHIFT.from
		? BR_BUDGET_SHIFT.spendWeights[platform]
		: 1;
}
