import type { FactRow } from './facts';
import type { MarketCode } from './markets';
import { computeMetric, sumFacts, type CatalogMetric } from './metrics';
import type { CreatorPlatform } from './platforms';

/** A metric of one market over the days before a decision and the days after it. */
export interface WindowComparison {
	market: MarketCode;
	platforms: readonly CreatorPlatform[] | null;
	metric: CatalogMetric;
	before: number | null;
	after: number | null;
	/** Per-day value for `spend` (totals over windows of different length do not compare). */
	perDay: boolean;
}

/**
 * Compares a metric before and after a decision, both windows inclusive. Spend is compared
 * per day; ratio metrics as ratios of sums over each window. `platforms` narrows the scope.
 */
export function compareWindows(
	rows: readonly FactRow[],
	scope: { market: MarketCode; platforms?: readonly CreatorPlatform[] },
	metric: CatalogMetric,
	before: readonly [string, string],
	after: readonly [string, string],
	usdRate: (date: string, currency: string) => number
): WindowComparison {
	const perDay = metric === 'spend';
	const read = ([from, to]: readonly [string, string]) => {
		const scoped = rows.filter(
			(row) =>
				row.market === scope.market &&
				(!scope.platforms || scope.platforms.includes(row.platform)) &&
				row.date >= from &&
				row.date <= to
		);
		const value = computeMetric(metric, sumFacts(scoped, usdRate));
		const days = new Set(scoped.map((row) => row.date)).size;
		return value === null || !perDay ? value : days > 0 ? value / days : null;
	};
	return {
		market: scope.market,
		platforms: scope.platforms ?? null,
		metric,
		before: read(before),
		after: read(after),
		perDay
	};
}
