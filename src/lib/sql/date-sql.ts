import { problem, type Problem } from '$lib/domain/problem';
import { DATE_FORMATS, type DateFormat, type DateFormatId } from './date-formats';
import { isMissingSql } from './placeholder-sql';
import { quoteIdentifier, quoteString } from './quote';

export { DATE_FORMATS, type DateFormat, type DateFormatId } from './date-formats';

/**
 * What one pass over a column found: per format, how many cells match its shape; for slash
 * dates, how many have a first part over 12 (so the day comes first) and a second part over 12
 * (so the month comes first); and how many cells are not missing.
 */
export type DateFormatCounts = Record<DateFormatId, number> & {
	total: number;
	firstOver12: number;
	secondOver12: number;
};

/** The format picked for a column, whether the values left it open, and what is wrong if anything. */
export interface DateFormatChoice {
	format: DateFormat | null;
	/** True when no value told day-first from month-first and the market's hint decided. */
	ambiguous: boolean;
	/**
	 * What is wrong with the column's dates. Its wording also names the file and the column
	 * (`file`, `column`), which the import adds.
	 */
	problem: Problem | null;
}

/** SQL boolean: the cell has the shape of `format` (whether or not such a day exists). */
export function dateShapeMatchesSql(expr: string, format: DateFormat): string {
	return `regexp_full_match(${expr}, ${quoteString(format.shape)})`;
}

/**
 * SQL DATE of a cell in `format`, time of day dropped. NULL when the cell does not have the
 * format's shape or names a day that does not exist (2026-02-31, 31/04/2026);
 * `dateShapeMatchesSql` tells the two apart.
 */
export function toDateSql(expr: string, format: DateFormat): string {
	return `(CASE WHEN ${dateShapeMatchesSql(expr, format)} THEN ${format.toDate(expr)} END)`;
}

/** Slash dates whose first, or second, part is over 12: a day, so the other part is the month. */
const FIRST_OVER_12 = '\\s*(?:1[3-9]|[2-9]\\d)/.*';
const SECOND_OVER_12 = '\\s*\\d{1,2}/(?:1[3-9]|[2-9]\\d)/.*';

/**
 * One query over the whole of `column` returning a `DateFormatCounts` row. Each distinct value
 * is tested once against each distinct shape and weighted by how often it occurs: a date column
 * holds few distinct days, so a million rows cost little more than a few hundred.
 */
export function dateFormatCountsSql(table: string, column: string): string {
	const shapes = [...new Set(DATE_FORMATS.map((format) => format.shape))];
	const slash = shapes
		.filter((shape) => DATE_FORMATS.some((f) => f.order && f.shape === shape))
		.map((shape) => `s${shapes.indexOf(shape)}`)
		.join(' OR ');
	const matches = (pattern: string) => `regexp_full_match(v, ${quoteString(pattern)})`;
	const flags = [
		`${isMissingSql('v')} AS missing`,
		`${matches(FIRST_OVER_12)} AS first_over_12`,
		`${matches(SECOND_OVER_12)} AS second_over_12`,
		...shapes.map((shape, i) => `${matches(shape)} AS s${i}`)
	];
	const sum = (condition: string) => `coalesce(sum(n) FILTER (WHERE ${condition}), 0)::BIGINT`;
	const columns = [
		`${sum('NOT missing')} AS total`,
		`${sum(`(${slash}) AND first_over_12`)} AS ${quoteIdentifier('firstOver12')}`,
		`${sum(`(${slash}) AND second_over_12`)} AS ${quoteIdentifier('secondOver12')}`,
		...DATE_FORMATS.map((f) => `${sum(`s${shapes.indexOf(f.shape)}`)} AS ${quoteIdentifier(f.id)}`)
	];
	const cells = `SELECT ${quoteIdentifier(column)} AS v, count(*) AS n FROM ${quoteIdentifier(table)} GROUP BY 1`;
	return `SELECT ${columns.join(', ')} FROM (SELECT n, ${flags.join(', ')} FROM (${cells}))`;
}

/**
 * Picks the format that matches the most values (ties go to the earlier in `DATE_FORMATS`).
 * A slash date is day-first if any value has a first part over 12 and month-first if any has a
 * second part over 12; when both happen the column mixes the two and the larger side wins with
 * a problem reported; when neither happens `dayFirstHint` (the market's locale) decides.
 */
export function chooseDateFormat(
	counts: DateFormatCounts,
	dayFirstHint: boolean
): DateFormatChoice {
	if (counts.total === 0)
		return { format: null, ambiguous: false, problem: problem('problem_import_date_no_values') };
	let best: DateFormat | null = null;
	for (const format of DATE_FORMATS) {
		if (counts[format.id] > 0 && (best === null || counts[format.id] > counts[best.id]))
			best = format;
	}
	if (best === null) {
		return { format: null, ambiguous: false, problem: problem('problem_import_date_no_format') };
	}
	if (!best.order) return { format: best, ambiguous: false, problem: null };

	const { firstOver12, secondOver12 } = counts;
	const dayFirst = firstOver12 > secondOver12 || (firstOver12 === secondOver12 && dayFirstHint);
	const shape = best.shape;
	const format =
		DATE_FORMATS.find(
			(f) => f.shape === shape && f.order === (dayFirst ? 'day-first' : 'month-first')
		) ?? best;
	if (firstOver12 > 0 && secondOver12 > 0) {
		const mixed = problem('problem_import_date_order_mixed', {
			dayFirst: firstOver12,
			monthFirst: secondOver12
		});
		return { format, ambiguous: false, problem: mixed };
	}
	return { format, ambiguous: firstOver12 === 0 && secondOver12 === 0, problem: null };
}
