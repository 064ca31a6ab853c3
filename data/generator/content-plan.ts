import { CAMPAIGN_END, addDays, daysBetween } from './calendar';
import type { Creator } from './creators';
import { MARKET_CODES, type MarketCode } from './markets';
import { getActualPhase } from './phases';
import type { CreatorPlatform } from './platforms';
import { createRandom, type SeededRandom } from './random';
import { assignVariants } from './variants';

/** Creative variant of the A/B test: A is the control. */
export type Variant = 'A' | 'B';

/** One post of a creator, as the facts and the timeline see it. */
export interface ContentItem {
	content_id: string;
	creator_id: string;
	market: MarketCode;
	platform: CreatorPlatform;
	/** Day the post was scheduled for. */
	planned_on: string;
	/** Day it went out (later than planned when its creative waited for approval). */
	published_on: string;
	variant: Variant;
	/** Set on Argentine posts touched by the legal hold on creative B. */
	legal_hold?: 'posted_with_a' | 'delayed';
}

// The last day a post may go out: one full day of data after it.
const LAST_PUBLISH_DAY = addDays(CAMPAIGN_END, -1);
// Posts per creator: 1–4, mostly 2–3.
const POSTS_PER_CREATOR = [1, 2, 2, 2, 3, 3, 3, 4, 4] as const;
// Creators per market whose first post belongs to the soft launch.
const SOFT_LAUNCH_CREATORS = [2, 3] as const;

/**
 * The content plan: 1–4 posts per creator; two or three creators per market open in the soft
 * launch, the others in the first week live; each later post 2–5 days after the previous one;
 * variants assigned per post.
 */
export function buildContentPlan(creators: readonly Creator[], seed: number): ContentItem[] {
	const random = createRandom(seed);
	const items: ContentItem[] = [];
	for (const market of MARKET_CODES) {
		const roster = creators.filter((creator) => creator.market === market);
		const softLaunchers = new Set(
			random.shuffle(roster).slice(0, random.pick(SOFT_LAUNCH_CREATORS))
		);
		for (const creator of roster) {
			items.push(...planCreatorPosts(creator, softLaunchers.has(creator), random));
		}
	}
	return assignVariants(items, creators, random);
}

function planCreatorPosts(
	creator: Creator,
	opensSoftLaunch: boolean,
	random: SeededRandom
): ContentItem[] {
	const soft = getActualPhase(creator.market, 'soft_launch');
	const live = getActualPhase(creator.market, 'live');
	const posts = random.pick(POSTS_PER_CREATOR);
	let day = opensSoftLaunch
		? addDays(soft.start, random.integer(0, daysBetween(soft.start, soft.end)))
		: addDays(live.start, random.integer(0, 5));
	const items: ContentItem[] = [];
	for (let index = 0; index < posts && day <= LAST_PUBLISH_DAY; index += 1) {
		items.push({
			content_id: `${creator.creator_id}-p${index + 1}`,
			creator_id: creator.creator_id,
			market: creator.market,
			platform: creator.platform,
			planned_on: day,
			published_on: day,
			variant: 'A'
		});
		day = addDays(day, random.integer(2, 5));
	}
	return items;
}
