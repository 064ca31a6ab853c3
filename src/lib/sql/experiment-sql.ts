import type { ExperimentMeasure } from '$lib/domain/experiments/experiment';
import { quoteDate, quoteIdentifier, quoteNumber, quoteString } from './quote';

/** Which facts rows a test reads: its markets, its two variants, its days and its metric. */
export interface ExperimentRowsSpec {
	markets: readonly string[];
	variants: readonly [string, string];
	numerator: ExperimentMeasure;
	denominator: ExperimentMeasure;
	/** The first and last day read, both included. */
	from: string;
	to: string;
}

function rowsCondition(spec: ExperimentRowsSpec): string {
	return [
		`grain = 'day'`,
		`market IN (${spec.markets.map(quoteString).join(', ')})`,
		`variant IN (${spec.variants.map(quoteString).join(', ')})`,
		`date BETWEEN ${quoteDate(spec.from)} AND ${quoteDate(spec.to)}`
	].join(' AND ');
}

/**
 * The daily facts rows of a test as the rows table of split-sql.ts (`row`, `variant`, `grp`,
 * `y`, `x`) with their `date`: each row (a post on one day) is one unit of the ratio of sums,
 * grouped by market, so that `splitCountsSql` sums a campaign's test as it sums a file's.
 * Rows missing the numerator or the denominator cannot be units and are left to
 * `experimentLeftOutSql` to count.
 */
export function experimentRowsSql(facts: string, spec: ExperimentRowsSpec, target: string): string {
	const y = quoteIdentifier(spec.numerator);
	const x = quoteIdentifier(spec.denominator);
	return `CREATE OR REPLACE TABLE ${quoteIdentifier(target)} AS
SELECT row_number() OVER (ORDER BY date, market, variant, content_id, creator_id, platform) AS "row",
	variant, market AS grp, date,
	${y}::DOUBLE AS y, ${x}::DOUBLE AS x
FROM ${quoteIdentifier(facts)}
WHERE ${rowsCondition(spec)} AND ${y} IS NOT NULL AND ${x} IS NOT NULL`;
}

/** Per market and variant, the test's rows that lack the numerator or the denominator. */
export function experimentLeftOutSql(facts: string, spec: ExperimentRowsSpec): string {
	const y = quoteIdentifier(spec.numerator);
	const x = quoteIdentifier(spec.denominator);
	return `SELECT market AS grp, variant, count(*)::INTEGER AS rows
FROM ${quoteIdentifier(facts)}
WHERE ${rowsCondition(spec)} AND (${y} IS NULL OR ${x} IS NULL)
GROUP BY ALL
ORDER BY grp, variant`;
}

/**
 * Per market and variant, the denominator summed over the `days` days that end on `to`
 * (both included), from a table made by `experimentRowsSql`.
 */
export function experimentRecentSql(table: string, to: string, days: number): string {
	return `SELECT grp, variant, sum(x)::DOUBLE AS x
FROM ${quoteIdentifier(table)}
WHERE date > ${quoteDate(to)} - ${quoteNumber(days)}::INTEGER AND date <= ${quoteDate(to)}
GROUP BY ALL
ORDER BY grp, variant`;
}

/** Every value of the facts' variant column per market, with its daily rows, by market and value. */
export function variantValuesSql(facts: string): string {
	return `SELECT market, variant, count(*)::INTEGER AS rows
FROM ${quoteIdentifier(facts)}
WHERE grain = 'day' AND variant IS NOT NULL AND trim(variant) <> ''
GROUP BY ALL
ORDER BY market, variant`;
}
