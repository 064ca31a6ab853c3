import { CAMPAIGN_END, addDays, daysBetween } from './calendar';
import type { ContentItem, Variant } from './content-plan';
import type { Creator } from './creators';
import { AR_LEGAL_HOLD, US_BIG_ACCOUNTS_VARIANT } from './events';
import { MARKET_CODES } from './markets';
import type { SeededRandom } from './random';

/**
 * Assigns creative A or B to every post, planned 50/50 per market: posts are balanced on
 * days of data (so rows split evenly too), ties drawn at random. Two planted deviations:
 * the US big accounts' posts all carry B, and Argentina's legal hold on B moves B posts
 * to A or to a later day (the sample-ratio mismatch).
 */
export function assignVariants(
	items: readonly ContentItem[],
	creators: readonly Creator[],
	random: SeededRandom
): ContentItem[] {
	const tierOf = new Map(creators.map((creator) => [creator.creator_id, creator.tier]));
	const assigned = new Map<string, ContentItem>();
	for (const market of MARKET_CODES) {
		const marketItems = items.filter((item) => item.market === market);
		const forced = marketItems.filter(
			(item) =>
				market === US_BIG_ACCOUNTS_VARIANT.market &&
				US_BIG_ACCOUNTS_VARIANT.tiers.includes(tierOf.get(item.creator_id) ?? 'nano')
		);
		const balance = { A: { rows: 0, posts: 0 }, B: { rows: 0, posts: 0 } };
		const place = (item: ContentItem, variant: Variant) => {
			balance[variant].rows += daysLive(item);
			balance[variant].posts += 1;
			assigned.set(item.content_id, { ...item, variant });
		};
		for (const item of forced) place(item, US_BIG_ACCOUNTS_VARIANT.variant);
		const rest = random
			.shuffle(marketItems.filter((item) => !forced.includes(item)))
			.sort((a, b) => daysLive(b) - daysLive(a));
		for (const item of rest) {
			const gap = balance.A.rows - balance.B.rows || balance.A.posts - balance.B.posts;
			place(item, gap < 0 ? 'A' : gap > 0 ? 'B' : random.unit() < 0.5 ? 'A' : 'B');
		}
	}
	const result = items.map((item) => assigned.get(item.content_id) ?? item);
	return applyLegalHold(result, random);
}

function applyLegalHold(items: ContentItem[], random: SeededRandom): ContentItem[] {
	const taken = new Set(items.map((item) => `${item.creator_id}|${item.published_on}`));
	return items.map((item) => {
		const held =
			item.market === AR_LEGAL_HOLD.market &&
			item.variant === 'B' &&
			item.planned_on < AR_LEGAL_HOLD.approvedOn;
		if (!held) return item;
		if (random.unit() < AR_LEGAL_HOLD.swappedShare)
			return { ...item, variant: 'A', legal_hold: 'posted_with_a' };
		let day = addDays(AR_LEGAL_HOLD.approvedOn, random.integer(1, 2));
		while (taken.has(`${item.creator_id}|${day}`)) day = addDays(day, 1);
		taken.add(`${item.creator_id}|${day}`);
		return { ...item, published_on: day, legal_hold: 'delayed' };
	});
}

/** Days of data a post has, its publish day included. */
export function daysLive(item: ContentItem): number {
	return daysBetween(item.published_on, CAMPAIGN_END) + 1;
}
