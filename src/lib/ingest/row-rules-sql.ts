import { ADDITIVE_MEASURES, MEASURES, type Measure } from '$lib/domain/facts';
import { isMissingSql } from '$lib/sql/placeholder-sql';
import { toNumberSql } from '$lib/sql/number-sql';
import { dateShapeMatchesSql, toDateSql } from '$lib/sql/date-sql';
import { quoteDate, quoteIdentifier, quoteString } from '$lib/sql/quote';
import {
	columnFor,
	planGrain,
	type ColumnPlan,
	type DatedColumn,
	type ImportPlan
} from './import-plan';

/** Canonical text dimensions besides date and market. */
const TEXT_DIMENSIONS = ['creator_id', 'content_id', 'variant'] as const;

/** A summary line: `Total`, `Total: Conta`, `Total: Cuenta`… in any text cell. */
const TOTAL_PATTERN = `'^\\s*total\\s*(:.*)?$'`;

/**
 * Builds the statement that turns the raw VARCHAR table into typed rows, each with the list
 * of its problems (column, value, reason) and a summary flag. All row rules run here, in
 * DuckDB, so a million-row file never becomes a million JS objects.
 */
export function typedRowsSql(plan: ImportPlan, target: string): string {
	const typed = [
		'_ord',
		`${summarySql(plan)} AS _summary`,
		...dateSql(plan),
		`${marketSql(plan)} AS market`,
		`${platformSql(plan)} AS platform`,
		...TEXT_DIMENSIONS.map((field) => `${textSql(columnFor(plan.columns, field))} AS ${field}`),
		`${currencySql(plan)} AS currency`,
		...MEASURES.map((m) => `${measureSql(plan, m)} AS ${m}`),
		`${extrasSql(plan)} AS extras`,
		...plan.columns.map((c) => c.raw)
	];
	const problems = [...dateProblems(plan), ...marketProblems(plan), ...measureProblems(plan)];
	return `CREATE OR REPLACE TEMP TABLE ${quoteIdentifier(target)} AS
WITH typed AS (
	SELECT ${typed.join(',\n\t\t')}
	FROM ${quoteIdentifier(plan.raw)}
), checked AS (
	SELECT *, ${periodSql(plan)},
		list_filter([${problems.join(',\n\t\t\t')}], p -> p IS NOT NULL) AS _problems
	FROM typed
)
SELECT * EXCLUDE (${plan.columns.map((c) => c.raw).join(', ')}),
	${rowKeySql(plan)} AS _key
FROM checked`;
}

/** The sums reported for an import: additive measures only, never snapshots such as reach. */
export function totalsSql(table: string): string {
	return `SELECT ${ADDITIVE_MEASURES.map((m) => `sum(${m})::DOUBLE AS ${m}`).join(', ')},
	min(date)::VARCHAR AS min_date, max(date)::VARCHAR AS max_date
FROM ${quoteIdentifier(table)}`;
}

function problem(column: string, value: string, reason: string): string {
	return `{'column': ${quoteString(column)}, 'value': ${value}, 'reason': ${reason}}`;
}

function when(condition: string, then: string): string {
	return `CASE WHEN ${condition} THEN ${then} END`;
}

function trimmed(raw: string): string {
	return `nullif(trim(${raw}), '')`;
}

function textSql(column: ColumnPlan | null): string {
	return column
		? `CASE WHEN ${isMissingSql(column.raw)} THEN NULL ELSE trim(${column.raw}) END`
		: 'NULL::VARCHAR';
}

function summarySql(plan: ImportPlan): string {
	const textColumns = plan.columns.filter(
		(c) => !isMeasureField(c.field) && c.field !== 'currency'
	);
	const totalCell = textColumns.map(
		(c) => `(${c.raw} ILIKE '%total%' AND regexp_matches(${c.raw}, ${TOTAL_PATTERN}, 'i'))`
	);
	// Meta's account-totals row: every dimension empty, measures filled.
	const dimensions = [
		...textColumns.filter(
			(c) => c.field !== 'period_start' && c.field !== 'period_end' && c.field !== 'published_at'
		)
	];
	const measures = plan.columns.filter((c) => isMeasureField(c.field));
	const emptyDimensions =
		dimensions.length > 0 && measures.length > 0
			? `(${dimensions.map((c) => isMissingSql(c.raw)).join(' AND ')} AND NOT (${measures.map((c) => isMissingSql(c.raw)).join(' AND ')}))`
			: 'FALSE';
	return `(${[...totalCell, emptyDimensions].join(' OR ') || 'FALSE'})`;
}

function isMeasureField(field: string | null): boolean {
	return field !== null && (MEASURES as readonly string[]).includes(field);
}

function dateSql(plan: ImportPlan): string[] {
	const source = plan.date;
	switch (source.kind) {
		case 'given':
			return [`${quoteDate(source.date)} AS date`, `'period' AS grain`];
		case 'published':
			return [
				`${toDateSql(source.published.column.raw, source.published.format)} AS date`,
				`'lifetime' AS grain`
			];
		case 'window':
			return [
				`${toDateSql(source.start.column.raw, source.start.format)} AS date`,
				`'period' AS grain`
			];
		case 'column': {
			const own = toDateSql(source.date.column.raw, source.date.format);
			if (!source.published) return [`${own} AS date`, `${quoteString(source.grain)} AS grain`];
			const lifetime = `lower(trim(${source.date.column.raw})) = 'lifetime'`;
			const published = toDateSql(source.published.column.raw, source.published.format);
			return [
				`CASE WHEN ${lifetime} THEN ${published} ELSE ${own} END AS date`,
				`CASE WHEN ${lifetime} THEN 'lifetime' ELSE ${quoteString(source.grain)} END AS grain`
			];
		}
	}
}

function periodSql(plan: ImportPlan): string {
	const source = plan.date;
	let end = 'date';
	if (source.kind === 'column' && source.grain === 'week')
		end = `CASE WHEN grain = 'week' THEN date + 6 ELSE date END`;
	if (source.kind === 'window' && source.end)
		end = `coalesce(${toDateSql(source.end.column.raw, source.end.format)}, date)`;
	const range = plan.reportedRange;
	const start = range ? `greatest(date, ${quoteDate(range.start)})` : 'date';
	const clippedEnd = range ? `least(${end}, ${quoteDate(range.end)})` : end;
	return `${start} AS period_start, ${clippedEnd} AS period_end`;
}

function dateProblems(plan: ImportPlan): string[] {
	const source = plan.date;
	const outside = plan.reportedRange
		? [
				when(
					`date IS NOT NULL AND period_start > period_end`,
					problem(
						headerOf(source),
						'date::VARCHAR',
						quoteString(
							`outside the period the file reports (${plan.reportedRange.start} to ${plan.reportedRange.end})`
						)
					)
				)
			]
		: [];
	if (source.kind === 'given') return outside;
	const dated =
		source.kind === 'column'
			? source.date
			: source.kind === 'published'
				? source.published
				: source.start;
	const checks = [
		dateCellProblem(
			dated,
			source.kind === 'column' ? `lower(trim(${dated.column.raw})) <> 'lifetime'` : 'TRUE'
		)
	];
	if (source.kind === 'column' && source.published) {
		const lifetime = `lower(trim(${source.date.column.raw})) = 'lifetime'`;
		checks.push(
			when(
				`${lifetime} AND date IS NULL`,
				problem(
					source.published.column.header,
					trimmed(source.published.column.raw),
					quoteString('a Lifetime row needs a readable publish time')
				)
			)
		);
	}
	return [...checks, ...outside];
}

function dateCellProblem(dated: DatedColumn, applies: string): string {
	const raw = dated.column.raw;
	return `CASE WHEN NOT (${applies}) THEN NULL
			WHEN ${isMissingSql(raw)} THEN ${problem(dated.column.header, 'NULL', quoteString('missing date'))}
			WHEN ${toDateSql(raw, dated.format)} IS NOT NULL THEN NULL
			WHEN ${dateShapeMatchesSql(raw, dated.format)} THEN ${problem(dated.column.header, trimmed(raw), quoteString('no such date'))}
			ELSE ${problem(dated.column.header, trimmed(raw), quoteString(`not a date in the file's format ${dated.format.label}`))} END`;
}

function headerOf(source: ImportPlan['date']): string {
	switch (source.kind) {
		case 'given':
			return '--date';
		case 'column':
			return source.date.column.header;
		case 'published':
			return source.published.column.header;
		case 'window':
			return source.start.column.header;
	}
}

function marketSql(plan: ImportPlan): string {
	if (plan.market.kind === 'given') return quoteString(plan.market.code);
	const raw = plan.market.column.raw;
	const upper = `upper(trim(${raw}))`;
	if (plan.countryCodes.size === 0)
		return `CASE WHEN ${isMissingSql(raw)} THEN NULL ELSE ${upper} END`;
	const names = [...plan.countryCodes.keys()].map(quoteString).join(', ');
	const codes = [...plan.countryCodes.values()].map(quoteString).join(', ');
	return `CASE WHEN ${isMissingSql(raw)} THEN NULL
		WHEN length(trim(${raw})) = 2 THEN ${upper}
		ELSE coalesce(map([${names}], [${codes}])[lower(strip_accents(trim(${raw})))], ${upper}) END`;
}

function marketProblems(plan: ImportPlan): string[] {
	if (plan.market.kind === 'given') return [];
	const column = plan.market.column;
	const checks = [
		when(`market IS NULL`, problem(column.header, 'NULL', quoteString('missing market'))),
		when(
			`market IS NOT NULL AND NOT regexp_full_match(market, '[A-Z]{2}')`,
			problem(
				column.header,
				trimmed(column.raw),
				quoteString('not a market code or a known country name')
			)
		)
	];
	if (plan.markets) {
		const list = plan.markets.map(quoteString).join(', ');
		checks.push(
			when(
				`regexp_full_match(market, '[A-Z]{2}') AND market NOT IN (${list})`,
				problem(
					column.header,
					trimmed(column.raw),
					`'not one of this campaign''s markets (' || ${quoteString(plan.markets.join(', '))} || ')'`
				)
			)
		);
	}
	return checks;
}

function platformSql(plan: ImportPlan): string {
	const fallback = plan.platform.fallback ? quoteString(plan.platform.fallback) : 'NULL::VARCHAR';
	if (!plan.platform.column) return fallback;
	return `coalesce(lower(${textSql(plan.platform.column)}), ${fallback})`;
}

function currencySql(plan: ImportPlan): string {
	const fallback = plan.currency.fallback ? quoteString(plan.currency.fallback) : 'NULL::VARCHAR';
	if (!plan.currency.column) return fallback;
	const raw = plan.currency.column.raw;
	return `CASE WHEN regexp_full_match(upper(trim(${raw})), '[A-Z]{3}') THEN upper(trim(${raw})) ELSE ${fallback} END`;
}

function measureSql(plan: ImportPlan, measure: Measure): string {
	const column = columnFor(plan.columns, measure);
	return column ? toNumberSql(column.raw, plan.decimal) : 'NULL::DOUBLE';
}

function measureProblems(plan: ImportPlan): string[] {
	return MEASURES.flatMap((measure) => {
		const column = columnFor(plan.columns, measure);
		if (!column) return [];
		return [
			when(
				`${measure} IS NULL AND NOT ${isMissingSql(column.raw)}`,
				problem(column.header, trimmed(column.raw), quoteString('not a number'))
			),
			when(
				`${measure} < 0`,
				problem(column.header, trimmed(column.raw), quoteString('negative value'))
			)
		];
	});
}

function extrasSql(plan: ImportPlan): string {
	const extras = [...plan.extraText, ...plan.extraNumeric].sort((a, b) => a.index - b.index);
	if (extras.length === 0) return 'MAP {}::MAP(VARCHAR, VARCHAR)';
	return `map([${extras.map((c) => quoteString(c.header)).join(', ')}], [${extras.map((c) => trimmed(c.raw)).join(', ')}])`;
}

/**
 * A row's identity across imports: its period, market and every dimension, canonical or an
 * extra text column. A later import restating the same key replaces the row.
 */
function rowKeySql(plan: ImportPlan): string {
	const parts = [
		'period_start::VARCHAR',
		'period_end::VARCHAR',
		'market',
		...['platform', ...TEXT_DIMENSIONS].map((d) => `coalesce(${d}, '')`),
		...[...plan.extraText]
			.sort((a, b) => (a.header < b.header ? -1 : a.header > b.header ? 1 : 0))
			.map((c) => `${quoteString(c.header)} || chr(30) || coalesce(trim(${c.raw}), '')`)
	];
	return `concat_ws(chr(31), ${parts.join(', ')})`;
}

export { planGrain };
