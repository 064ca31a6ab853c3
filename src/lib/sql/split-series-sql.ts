import type { ChartMetric } from '$lib/domain/chart-metrics';
import type { SeriesFilters } from './chart-series-sql';
import { quoteDate, quoteIdentifier, quoteNumber, quoteString } from './quote';

/** What one market's chart may draw a line per: its platforms, creators or test variants. */
export const SPLIT_DIMENSIONS = ['platform', 'creator_id', 'variant'] as const;
export type SplitDimension = (typeof SPLIT_DIMENSIONS)[number];

/**
 * One value per day and value of `by` (a platform, a creator, a variant) for one market's
 * metric; rows without that dimension form one line keyed null. Platforms can be read from
 * the daily roll-up; creators and variants from the scoring table, which keeps every
 * dimension (money there is in the reporting currency).
 */
export function splitSeriesSql(
	table: string,
	metric: ChartMetric,
	market: string,
	by: SplitDimension,
	filters: Pick<SeriesFilters, 'from' | 'to' | 'platforms'>
): string {
	const sum = (measures: readonly string[]) =>
		measures.map((m) => `coalesce(sum(${quoteIdentifier(m)}), 0)`).join(' + ');
	const numerator = `(${sum(metric.numerator)})`;
	const value = metric.denominator
		? `${numerator} / nullif(${sum(metric.denominator)}, 0) * ${quoteNumber(metric.scale ?? 1)}`
		: numerator;
	const where = [`market = ${quoteString(market)}`];
	if (filters.from) where.push(`date >= ${quoteDate(filters.from)}`);
	if (filters.to) where.push(`date <= ${quoteDate(filters.to)}`);
	if (filters.platforms.length)
		where.push(`platform IN (${filters.platforms.map(quoteString).join(', ')})`);
	return `SELECT date::VARCHAR AS date, ${quoteIdentifier(by)}::VARCHAR AS series, (${value})::DOUBLE AS value
FROM ${quoteIdentifier(table)}
WHERE ${where.join(' AND ')}
GROUP BY ALL
ORDER BY date, series`;
}
