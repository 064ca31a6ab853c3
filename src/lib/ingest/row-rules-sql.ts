import { ADDITIVE_MEASURES, DIMENSIONS, MEASURES } from '$lib/domain/facts';
import { isMissingSql } from '$lib/sql/placeholder-sql';
import { toNumberSql } from '$lib/sql/number-sql';
import { quoteDate, quoteIdentifier, quoteNumber, quoteString } from '$lib/sql/quote';
import { columnFor, type ColumnPlan, type ImportPlan } from './import-plan';
import { dateSql, periodEndSql, problemsSql, missing, yearlessDateCtes } from './row-rules-parts';

/** Canonical text dimensions besides date and market. */
const TEXT_DIMENSIONS = ['creator_id', 'content_id', 'variant'] as const;

/** A summary line: `Total`, `Total: Conta`, `Total: Cuenta`… (but not a channel "Total Gaming"). */
const TOTAL_PATTERN = `'^\\s*total\\s*(:.*)?$'`;

/** The label of a whole file's total: `Total`, or the account's (`Total: Conta`, `Total: Account`). */
const ACCOUNT_TOTAL = `'^\\s*total\\s*(:\\s*(conta|cuenta|account)\\s*)?$'`;

/**
 * Builds the statement that turns the raw VARCHAR table into typed rows in one pass:
 * canonical values, a summary flag, and for the few rows that break a rule the list of their
 * problems (column, value, problem code and values). Each cell's placeholder test runs once
 * (the `flagged` step) and the problem list is only built for bad rows, so a million good rows
 * cost little more than their casts. All row rules run here, in DuckDB: a big file never
 * becomes a million JS objects.
 */
export function typedRowsSql(plan: ImportPlan, target: string): string {
	const used = plan.columns.filter((c) => c.field !== null || plan.extraText.includes(c));
	const flags = used.map(
		(c) => `${c.typed ? `${c.raw} IS NULL` : isMissingSql(c.raw)} AS ${missing(c)}`
	);
	const typed = [
		'_ord',
		`${summarySql(plan)} AS _summary`,
		`${identityBlankSql(plan)} AS _identity_blank`,
		`${dimensionsBlankSql(plan)} AS _dimensions_blank`,
		...dateSql(plan),
		`${marketSql(plan)} AS market`,
		`${platformSql(plan)} AS platform`,
		...TEXT_DIMENSIONS.map((field) => `${textSql(columnFor(plan.columns, field))} AS ${field}`),
		`${currencySql(plan)} AS currency`,
		...MEASURES.map((m) => `${measureSql(columnFor(plan.columns, m), plan.decimal)} AS ${m}`)
	];
	const range = plan.reportedRange;
	const end = periodEndSql(plan);
	const { bad, list } = problemsSql(plan);
	const yearless = yearlessDateCtes(plan);
	return `CREATE OR REPLACE TEMP TABLE ${quoteIdentifier(target)} AS
WITH flagged AS (
	SELECT rowid + 1 AS _ord, *${flags.length ? `, ${flags.join(', ')}` : ''}
	FROM ${quoteIdentifier(plan.raw)}
), typed AS (
	SELECT *, ${typed.join(',\n\t\t')}
	FROM flagged
), ${yearless ? `${yearless}, ` : ''}dated AS (
	SELECT *,
		${range ? `greatest(date, ${quoteDate(range.start)})` : 'date'} AS period_start,
		${range ? `least(${end}, ${quoteDate(range.end)})` : end} AS period_end
	FROM ${yearless ? 'yeared' : 'typed'}
), checked AS (
	SELECT *, NOT _summary AND (${bad}) AS _bad,
		-- Only a summary row can be the whole file's total; CASE runs the label test on those alone.
		CASE WHEN _summary THEN ${accountTotalSql(plan)} ELSE FALSE END AS _account_total
	FROM dated
)
SELECT period_start, period_end, grain, date, market, platform, ${TEXT_DIMENSIONS.join(', ')},
	currency, ${MEASURES.join(', ')},
	${extrasSql(plan)} AS extras,
	${rowKeySql(plan)} AS _key,
	_ord, _summary, _identity_blank, _dimensions_blank, _account_total,
	${problemListSql(list)} AS _problems
FROM checked`;
}

/** A row's problems: NULL for a good row; typed even when the file has no rule to break. */
function problemListSql(list: string[]): string {
	if (list.length === 0)
		return 'NULL::STRUCT("column" VARCHAR, value VARCHAR, code VARCHAR, params VARCHAR)[]';
	return `CASE WHEN _bad THEN list_filter([${list.join(',\n\t\t')}], p -> p IS NOT NULL) END`;
}

/** The sums reported for an import: additive measures only, never snapshots such as reach. */
export function totalsSql(table: string): string {
	return `SELECT ${ADDITIVE_MEASURES.map((m) => `sum(${m})::DOUBLE AS ${m}`).join(', ')},
	min(date)::VARCHAR AS min_date, max(date)::VARCHAR AS max_date
FROM ${quoteIdentifier(table)} WHERE NOT _summary AND _problems IS NULL`;
}

function textSql(column: ColumnPlan | null): string {
	return column
		? `CASE WHEN ${missing(column)} THEN NULL ELSE trim(${column.raw}) END`
		: 'NULL::VARCHAR';
}

/** A row labelled as a total: `Total`, `Total: Conta`, `Total: Cuenta`… in any text cell. */
function summarySql(plan: ImportPlan): string {
	const totalCell = textColumns(plan).map(
		(c) => `(${c.raw} ILIKE '%total%' AND regexp_matches(${c.raw}, ${TOTAL_PATTERN}, 'i'))`
	);
	return totalCell.length ? `coalesce(${totalCell.join(' OR ')}, FALSE)` : 'FALSE';
}

/**
 * A total of the whole file by its label (`Total`, `Total: Conta`, `Total: Account`), undated:
 * the one the report compares with the sum of the rows. Totals per campaign type, per week or
 * per filter are skipped without comparison.
 */
function accountTotalSql(plan: ImportPlan): string {
	// The cheap ILIKE first: a regexp on every text cell of a million rows is not.
	const labelled = textColumns(plan).map(
		(c) => `(${c.raw} ILIKE '%total%' AND regexp_matches(${c.raw}, ${ACCOUNT_TOTAL}, 'i'))`
	);
	if (labelled.length === 0) return 'FALSE';
	const dateColumn = plan.date.kind === 'column' ? plan.date.date.column : null;
	const undated = dateColumn ? missing(dateColumn) : 'TRUE';
	return `coalesce((${labelled.join(' OR ')}) AND ${undated}, FALSE)`;
}

/**
 * Every column saying which row is which is empty (see identityColumns); with none, the date
 * cell is. Such a row may be a total of the others, which file-totals decides from the sums.
 */
function identityBlankSql(plan: ImportPlan): string {
	if (plan.identity.length > 0) return `(${plan.identity.map(missing).join(' AND ')})`;
	if (plan.date.kind === 'column') return missing(plan.date.date.column);
	return 'FALSE';
}

/**
 * Meta's account-totals row in an excerpt: every mapped dimension cell empty, some measure
 * filled. Unmapped text does not count: Meta fills `Result indicator` on that row too.
 */
function dimensionsBlankSql(plan: ImportPlan): string {
	const dimensions = plan.columns.filter(
		(c) => c.field !== null && (DIMENSIONS as readonly string[]).includes(c.field)
	);
	const measures = plan.columns.filter((c) => isMeasureField(c.field));
	if (dimensions.length === 0 || measures.length === 0) return 'FALSE';
	return `coalesce(${dimensions.map(missing).join(' AND ')} AND NOT (${measures.map(missing).join(' AND ')}), FALSE)`;
}

/** Columns of text a total label may sit in. */
function textColumns(plan: ImportPlan): ColumnPlan[] {
	return plan.columns.filter(
		(c) =>
			(c.field !== null && !isMeasureField(c.field) && c.field !== 'currency') ||
			plan.extraText.includes(c)
	);
}

function isMeasureField(field: string | null): boolean {
	return field !== null && (MEASURES as readonly string[]).includes(field);
}

function marketSql(plan: ImportPlan): string {
	if (plan.market.kind === 'given') return quoteString(plan.market.code);
	const column = plan.market.column;
	const upper = `upper(trim(${column.raw}))`;
	if (plan.countryCodes.size === 0)
		return `CASE WHEN ${missing(column)} THEN NULL ELSE ${upper} END`;
	const names = [...plan.countryCodes.keys()].map(quoteString).join(', ');
	const codes = [...plan.countryCodes.values()].map(quoteString).join(', ');
	return `CASE WHEN ${missing(column)} THEN NULL
		WHEN length(trim(${column.raw})) = 2 THEN ${upper}
		ELSE coalesce(map([${names}], [${codes}])[lower(strip_accents(trim(${column.raw})))], ${upper}) END`;
}

function platformSql(plan: ImportPlan): string {
	const own = plan.platform.fallback ? quoteString(plan.platform.fallback) : 'NULL::VARCHAR';
	const titled = plan.platform.sections.filter((s) => s.platform !== null);
	const fallback = titled.length
		? `CASE ${titled.map((s) => `WHEN _ord BETWEEN ${quoteNumber(s.firstOrd)} AND ${quoteNumber(s.lastOrd)} THEN ${quoteString(s.platform!)}`).join(' ')} ELSE ${own} END`
		: own;
	if (!plan.platform.column) return fallback;
	return `coalesce(lower(${textSql(plan.platform.column)}), ${fallback})`;
}

function currencySql(plan: ImportPlan): string {
	const fallback = plan.currency.fallback ? quoteString(plan.currency.fallback) : 'NULL::VARCHAR';
	if (!plan.currency.column) return fallback;
	const raw = plan.currency.column.raw;
	return `CASE WHEN regexp_full_match(upper(trim(${raw})), '[A-Z]{3}') THEN upper(trim(${raw})) ELSE ${fallback} END`;
}

function measureSql(column: ColumnPlan | null, decimal: '.' | ','): string {
	if (!column) return 'NULL::DOUBLE';
	if (column.typed) return column.raw;
	return `CASE WHEN ${missing(column)} THEN NULL ELSE ${toNumberSql(column.raw, decimal)} END`;
}

/** Unmapped cells as text, in column order; the import's `unmapped` list names them. */
function extrasSql(plan: ImportPlan): string {
	const extras = [...plan.extraText, ...plan.extraNumeric].sort((a, b) => a.index - b.index);
	if (extras.length === 0) return '[]::VARCHAR[]';
	return `[${extras.map((c) => `nullif(trim(${c.raw}), '')`).join(', ')}]`;
}

/**
 * A row's identity across imports: its period, market and every dimension, canonical or an
 * extra text column (named, so that two files' columns never collide). A later import
 * restating the same key replaces the row. Hashed: one integer per row instead of a long string.
 */
function rowKeySql(plan: ImportPlan): string {
	const extras = [...plan.extraText]
		.sort((a, b) => (a.header < b.header ? -1 : a.header > b.header ? 1 : 0))
		.flatMap((c) => [quoteString(c.header), `nullif(trim(${c.raw}), '')`]);
	const parts = ['period_start', 'period_end', 'market', 'platform', ...TEXT_DIMENSIONS, ...extras];
	return `hash(${parts.join(', ')})`;
}
