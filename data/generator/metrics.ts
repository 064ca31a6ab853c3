import type { FactRow } from './facts';

/** Sums of a set of facts rows, money converted to USD; snapshots counted once per post. */
export interface FactTotals {
	rows: number;
	posts: number;
	impressions: number;
	views: number;
	engagements: number;
	clicks: number;
	conversions: number;
	spendUsd: number;
	revenueUsd: number;
	/** Sum over posts of each post's largest reach. */
	reach: number;
	/** Sum over posts of the creator's followers (a creator counts once per post). */
	followers: number;
}

/** The built-in catalog metrics the sample's definitions use (DESIGN.md). */
export const CATALOG_METRICS = [
	'er_impressions',
	'er_views',
	'er_reach',
	'er_followers',
	'ctr',
	'cpm',
	'cpc',
	'cpe',
	'cpa',
	'cvr',
	'view_rate',
	'roas',
	'spend'
] as const;
export type CatalogMetric = (typeof CATALOG_METRICS)[number];

/** Totals of `rows`; `usdRate(date, currency)` converts money. */
export function sumFacts(
	rows: readonly FactRow[],
	usdRate: (date: string, currency: string) => number
): FactTotals {
	const reachByPost = new Map<string, number>();
	const followersByPost = new Map<string, number>();
	const totals: FactTotals = {
		rows: rows.length,
		posts: 0,
		impressions: 0,
		views: 0,
		engagements: 0,
		clicks: 0,
		conversions: 0,
		spendUsd: 0,
		revenueUsd: 0,
		reach: 0,
		followers: 0
	};
	for (const row of rows) {
		totals.impressions += row.impressions;
		totals.views += row.views;
		totals.engagements += row.likes + row.comments + row.shares + row.saves;
		totals.clicks += row.clicks;
		totals.conversions += row.conversions;
		const rate = usdRate(row.date, row.currency);
		totals.spendUsd += row.spend * rate;
		totals.revenueUsd += row.revenue * rate;
		reachByPost.set(row.content_id, Math.max(reachByPost.get(row.content_id) ?? 0, row.reach));
		followersByPost.set(
			row.content_id,
			Math.max(followersByPost.get(row.content_id) ?? 0, row.followers)
		);
	}
	totals.posts = reachByPost.size;
	for (const reach of reachByPost.values()) totals.reach += reach;
	for (const followers of followersByPost.values()) totals.followers += followers;
	return totals;
}

const ratio = (numerator: number, denominator: number) =>
	denominator > 0 ? numerator / denominator : null;

/** A catalog metric's value from totals, as a ratio of sums; `null` when the denominator is 0. */
export function computeMetric(metric: CatalogMetric, t: FactTotals): number | null {
	switch (metric) {
		case 'er_impressions':
			return ratio(t.engagements, t.impressions);
		case 'er_views':
			return ratio(t.engagements, t.views);
		case 'er_reach':
			return ratio(t.engagements, t.reach);
		case 'er_followers':
			return ratio(t.engagements, t.followers);
		case 'ctr':
			return ratio(t.clicks, t.impressions);
		case 'cpm': {
			const value = ratio(t.spendUsd, t.impressions);
			return value === null ? null : value * 1000;
		}
		case 'cpc':
			return ratio(t.spendUsd, t.clicks);
		case 'cpe':
			return ratio(t.spendUsd, t.engagements);
		case 'cpa':
			return ratio(t.spendUsd, t.conversions);
		case 'cvr':
			return ratio(t.conversions, t.clicks);
		case 'view_rate':
			return ratio(t.views, t.impressions);
		case 'roas':
			return ratio(t.revenueUsd, t.spendUsd);
		case 'spend':
			return t.spendUsd;
	}
}
