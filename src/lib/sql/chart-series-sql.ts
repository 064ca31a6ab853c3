import type { ChartMetric } from '$lib/domain/chart-metrics';
import { quoteDate, quoteIdentifier, quoteNumber, quoteString } from './quote';
import { rateSql } from './fx-table-sql';

/** Filters of a chart query: a date range and the markets and platforms shown. */
export interface SeriesFilters {
	from: string | null;
	to: string | null;
	markets: string[];
	platforms: string[];
}

/**
 * The daily roll-up the browser builds once per load: every additive measure summed per
 * day, market and platform, with money converted to the reporting currency at the day's
 * rate. Rows of other grains (weeks, lifetimes) stay out of a daily chart.
 */
export function dailyRollupSql(facts: string, fx: string | null, target: string): string {
	const rate = fx ? rateSql(fx) : '1';
	const join = fx
		? `LEFT JOIN ${quoteIdentifier(fx)} fx ON fx.date = f.date AND fx.currency = f.currency`
		: '';
	return `CREATE OR REPLACE TABLE ${quoteIdentifier(target)} AS
SELECT f.date, f.market, f.platform,
	sum(impressions) AS impressions, sum(views) AS views, sum(likes) AS likes,
	sum(comments) AS comments, sum(shares) AS shares, sum(saves) AS saves, sum(clicks) AS clicks,
	sum(conversions) AS conversions, sum(spend * ${rate}) AS spend, sum(revenue * ${rate}) AS revenue
FROM ${quoteIdentifier(facts)} f ${join}
WHERE f.grain = 'day'
GROUP BY ALL`;
}

/** One value per day and market for a metric; division by zero gives no value. */
export function chartSeriesSql(
	rollup: string,
	metric: ChartMetric,
	filters: SeriesFilters
): string {
	const sum = (measures: readonly string[]) =>
		measures.map((m) => `coalesce(sum(${quoteIdentifier(m)}), 0)`).join(' + ');
	const numerator = `(${sum(metric.numerator)})`;
	const value = metric.denominator
		? `${numerator} / nullif(${sum(metric.denominator)}, 0) * ${quoteNumber(metric.scale ?? 1)}`
		: numerator;
	const where = ['TRUE'];
	if (filters.from) where.push(`date >= ${quoteDate(filters.from)}`);
	if (filters.to) where.push(`date <= ${quoteDate(filters.to)}`);
	if (filters.markets.length)
		where.push(`market IN (${filters.markets.map(quoteString).join(', ')})`);
	if (filters.platforms.length)
		where.push(`platform IN (${filters.platforms.map(quoteString).join(', ')})`);
	return `SELECT date::VARCHAR AS date, market, (${value})::DOUBLE AS value
FROM ${quoteIdentifier(rollup)}
WHERE ${where.join(' AND ')}
GROUP BY date, market
ORDER BY date, market`;
}

/** The platforms present in the roll-up, for the platform filter. */
export function platformsSql(rollup: string): string {
	return `SELECT DISTINCT platform FROM ${quoteIdentifier(rollup)} WHERE platform IS NOT NULL ORDER BY 1`;
}

/** How many rows of each grain other than days a daily chart leaves out (weeks, lifetimes, periods). */
export function otherGrainsSql(facts: string): string {
	return `SELECT grain, count(*)::INTEGER AS rows FROM ${quoteIdentifier(facts)}
WHERE grain <> 'day' GROUP BY grain ORDER BY grain`;
}
