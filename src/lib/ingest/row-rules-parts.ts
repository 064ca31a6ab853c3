import { MEASURES } from '$lib/domain/facts';
import type { ProblemCode, ProblemParams } from '$lib/domain/problem';
import { dateShapeMatchesSql, toDateSql } from '$lib/sql/date-sql';
import { isLifetimeSql } from '$lib/sql/lifetime-sql';
import { quoteDate, quoteIdentifier, quoteNumber, quoteString } from '$lib/sql/quote';
import { columnFor, type ColumnPlan, type DatedColumn, type ImportPlan } from './import-plan';

/** The column computed once per cell in the `flagged` step: is this cell a placeholder? */
export function missing(column: ColumnPlan): string {
	return quoteIdentifier(`_missing_${column.index}`);
}

/** The date and grain of each row. */
export function dateSql(plan: ImportPlan): string[] {
	const source = plan.date;
	switch (source.kind) {
		case 'given':
			return [`${quoteDate(source.date)} AS date`, `'period' AS grain`];
		case 'period':
			return [`${quoteDate(source.start)} AS date`, `'period' AS grain`];
		case 'published':
			return [`${readDate(source.published)} AS date`, `'lifetime' AS grain`];
		case 'window':
			return [`${readDate(source.start)} AS date`, `'period' AS grain`];
		case 'column': {
			if (source.year) {
				// The year comes later, from the order of the rows (see yearlessDateCtes).
				const monthDay = source.date.format.toMonthDay!(source.date.column.raw);
				return [
					'NULL::DATE AS date',
					`${quoteString(source.grain)} AS grain`,
					`CASE WHEN ${missing(source.date.column)} OR NOT ${dateShapeMatchesSql(source.date.column.raw, source.date.format)} THEN NULL ELSE ${monthDay} END AS _md`
				];
			}
			const own = readDate(source.date);
			if (!source.published) return [`${own} AS date`, `${quoteString(source.grain)} AS grain`];
			const lifetime = isLifetime(source.date.column);
			return [
				`CASE WHEN ${lifetime} THEN ${readDate(source.published)} ELSE ${own} END AS date`,
				`CASE WHEN ${lifetime} THEN 'lifetime' ELSE ${quoteString(source.grain)} END AS grain`
			];
		}
	}
}

/**
 * For days written without a year: the steps that go against the way the days run (a new
 * year each), counted per market down the file, and the date they make with the first row's
 * year. CTEs over `typed`, the last named `yeared`.
 */
export function yearlessDateCtes(plan: ImportPlan): string | null {
	const source = plan.date;
	if (source.kind !== 'column' || !source.year) return null;
	const { first, direction } = source.year;
	const window = 'PARTITION BY market ORDER BY _ord';
	const previous = `last_value(_md IGNORE NULLS) OVER (${window} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)`;
	const year = `${quoteNumber(first)} + ${quoteNumber(direction)} * _turns`;
	return `stepped AS (
	SELECT *, CASE WHEN ${quoteNumber(direction)} * (_md - ${previous}) < 0 THEN 1 ELSE 0 END AS _turn
	FROM typed
), turned AS (
	SELECT *, sum(_turn) OVER (${window} ROWS UNBOUNDED PRECEDING) AS _turns FROM stepped
), yeared AS (
	SELECT * REPLACE (TRY_CAST(printf('%04d-%02d-%02d', ${year}, _md // 100, _md % 100) AS DATE) AS date)
	FROM turned
)`;
}

/** The last day a row covers before it is cut to the file's reported range. */
export function periodEndSql(plan: ImportPlan): string {
	const source = plan.date;
	if (source.kind === 'column' && source.grain === 'week')
		return `CASE WHEN grain = 'week' THEN date + 6 ELSE date END`;
	if (source.kind === 'window' && source.end) return `coalesce(${readDate(source.end)}, date)`;
	if (source.kind === 'period') return quoteDate(source.end);
	return 'date';
}

/**
 * The row rules: `bad` is a cheap test of whether a row breaks any, and `list` the struct per
 * rule (NULL when it holds) that is only evaluated for bad rows. A struct names the column, the
 * value as read, the problem's code and its values as a JSON text (collectRejects words it).
 */
export function problemsSql(plan: ImportPlan): { bad: string; list: string[] } {
	const rules = [...dateRules(plan), ...marketRules(plan), ...measureRules(plan)];
	return {
		// A rule on a NULL value is NULL, not FALSE; a NULL must never pass a row as good.
		bad: rules.length ? rules.map((r) => `coalesce(${r.when}, FALSE)`).join(' OR ') : 'FALSE',
		list: rules.map((r) => `CASE WHEN ${r.when} THEN ${r.problem} END`)
	};
}

interface Rule {
	when: string;
	problem: string;
}

/**
 * One rule's struct. The values of a wording are the plan's (a format, the markets, a range),
 * never a cell's, so they are fixed for the whole statement and travel as a quoted JSON text.
 */
function problem(column: string, value: string, code: ProblemCode, params?: ProblemParams): string {
	const values = params ? quoteString(JSON.stringify(params)) : 'NULL::VARCHAR';
	return `{'column': ${quoteString(column)}, 'value': ${value}, 'code': ${quoteString(code)}, 'params': ${values}}`;
}

function trimmed(raw: string): string {
	return `nullif(trim(${raw}::VARCHAR), '')`;
}

function readDate(dated: DatedColumn): string {
	return `CASE WHEN ${missing(dated.column)} THEN NULL ELSE ${toDateSql(dated.column.raw, dated.format)} END`;
}

function isLifetime(column: ColumnPlan): string {
	return `coalesce(${isLifetimeSql(column.raw)}, FALSE)`;
}

function dateRules(plan: ImportPlan): Rule[] {
	const source = plan.date;
	const rules: Rule[] = [];
	if (source.kind !== 'given' && source.kind !== 'period') {
		const dated =
			source.kind === 'column'
				? source.date
				: source.kind === 'published'
					? source.published
					: source.start;
		const applies = source.kind === 'column' ? `NOT ${isLifetime(dated.column)}` : 'TRUE';
		const raw = dated.column.raw;
		rules.push({
			when: `${applies} AND date IS NULL`,
			problem: `CASE WHEN ${missing(dated.column)} THEN ${problem(dated.column.header, 'NULL', 'problem_reject_date_missing')}
				WHEN ${dateShapeMatchesSql(raw, dated.format)} THEN ${problem(dated.column.header, trimmed(raw), 'problem_reject_date_unreal')}
				ELSE ${problem(dated.column.header, trimmed(raw), 'problem_reject_date_format', { format: dated.format.label })} END`
		});
		if (source.kind === 'column' && source.published) {
			const published = source.published.column;
			rules.push({
				when: `${isLifetime(source.date.column)} AND date IS NULL`,
				problem: problem(
					published.header,
					trimmed(published.raw),
					'problem_reject_lifetime_publish_time'
				)
			});
		}
	}
	const range = plan.reportedRange;
	if (range)
		rules.push({
			when: 'date IS NOT NULL AND period_start > period_end',
			problem: problem(headerOf(plan), 'date::VARCHAR', 'problem_reject_outside_reported_range', {
				start: range.start,
				end: range.end
			})
		});
	return rules;
}

function headerOf(plan: ImportPlan): string {
	const source = plan.date;
	if (source.kind === 'given') return '--date';
	if (source.kind === 'period') return '--period';
	if (source.kind === 'column') return source.date.column.header;
	if (source.kind === 'published') return source.published.column.header;
	return source.start.column.header;
}

function marketRules(plan: ImportPlan): Rule[] {
	if (plan.market.kind === 'given') return [];
	const column = plan.market.column;
	const rules: Rule[] = [
		{
			when: 'market IS NULL',
			problem: problem(column.header, 'NULL', 'problem_reject_market_missing')
		},
		{
			when: `NOT regexp_full_match(market, '[A-Z]{2}')`,
			problem: problem(column.header, trimmed(column.raw), 'problem_reject_market_unknown')
		}
	];
	if (plan.markets) {
		rules.push({
			when: `regexp_full_match(market, '[A-Z]{2}') AND market NOT IN (${plan.markets.map(quoteString).join(', ')})`,
			problem: problem(
				column.header,
				trimmed(column.raw),
				'problem_reject_market_not_in_campaign',
				{ markets: plan.markets.join(', ') }
			)
		});
	}
	return rules;
}

function measureRules(plan: ImportPlan): Rule[] {
	return MEASURES.flatMap((measure) => {
		const column = columnFor(plan.columns, measure);
		if (!column) return [];
		return [
			{
				when: `${measure} IS NULL AND NOT ${missing(column)}`,
				problem: problem(column.header, trimmed(column.raw), 'problem_reject_not_a_number')
			},
			{
				when: `${measure} < 0`,
				problem: problem(column.header, trimmed(column.raw), 'problem_reject_negative')
			}
		];
	});
}
