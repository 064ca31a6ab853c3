import type { Engine } from '$lib/engine/engine';
import { MEASURES } from '$lib/domain/facts';
import { problem, type Problem } from '$lib/domain/problem';
import { chooseDecimal, detectDecimalSql, toNumberSql } from '$lib/sql/number-sql';
import { isMissingSql } from '$lib/sql/placeholder-sql';
import {
	DATE_FORMATS,
	chooseDateFormat,
	dateFormatCountsSql,
	type DateFormat
} from '$lib/sql/date-sql';
import { isLifetimeSql } from '$lib/sql/lifetime-sql';
import { quoteIdentifier, quoteString } from '$lib/sql/quote';
import type { ColumnPlan } from './import-plan';
import { rawColumn } from './read-raw';
import { ImportError, type ParsedImportOptions } from './import-options';

/** The date format chosen for one column, from all of its values. */
export interface DateColumnFormat {
	format: DateFormat | null;
	ambiguous: boolean;
	/** What is wrong with the column's dates, to be worded with the file and the column. */
	problem: Problem | null;
}

/** What the values of a file's columns say about how to read them. */
export interface ColumnKinds {
	decimal: '.' | ',';
	/** Indexes of unmapped columns whose every value is a number. */
	numericExtras: Set<number>;
	/** Column index → its date format, for the date-like columns. */
	dateFormats: Map<number, DateColumnFormat>;
	/** Headers of date columns whose format no value decided. */
	ambiguousDates: string[];
	/** Indexes of date columns that hold `Lifetime` and nothing else (Instagram content exports). */
	lifetimeOnly: Set<number>;
	/** The currency every money cell names by its symbol (`R$ 12,28`), or null. */
	currencyFromCells: string | null;
}

/** Currency symbols that name one currency; a bare `$` does not (USD, MXN, COP, ARS…). */
const CURRENCY_SYMBOLS: readonly [string, string][] = [
	['R$', 'BRL'],
	['US$', 'USD'],
	['MX$', 'MXN'],
	['COL$', 'COP'],
	['AR$', 'ARS'],
	['€', 'EUR'],
	['£', 'GBP']
];

const DATE_FIELDS = new Set(['date', 'published_at', 'period_start', 'period_end']);

/**
 * Decides, from whole columns inside DuckDB, the decimal separator, which unmapped columns
 * hold numbers and each date column's format (a column's format can only be decided from
 * all its values: 05/03 is ambiguous until a 13/03 appears).
 */
export async function detectColumnKinds(
	engine: Engine,
	raw: string,
	columns: ColumnPlan[],
	language: 'en' | 'es' | 'pt' | null,
	options: ParsedImportOptions
): Promise<ColumnKinds> {
	const numberLike = columns.filter(
		(c) => !c.typed && (c.field === null || (MEASURES as readonly string[]).includes(c.field))
	);
	// Columns the reader typed itself were read with a decimal point, so the file uses one.
	const fallback = columns.some((c) => c.typed)
		? '.'
		: language === 'pt' || language === 'es'
			? ','
			: '.';
	const decimal =
		numberLike.length === 0 || columns.some((c) => c.typed)
			? fallback
			: await decimalFromSample(engine, raw, numberLike, fallback);

	const unmapped = columns.filter((c) => c.field === null);
	const numericExtras = new Set<number>();
	if (unmapped.length > 0) {
		const selects = unmapped.map(
			(c, i) =>
				`count(*) FILTER (NOT ${isMissingSql(c.raw)})::INTEGER AS present_${i},
	count(*) FILTER (NOT ${isMissingSql(c.raw)} AND ${toNumberSql(c.raw, decimal)} IS NULL)::INTEGER AS text_${i}`
		);
		const [row] = await engine.query(
			`SELECT ${selects.join(',\n\t')} FROM ${quoteIdentifier(raw)}`
		);
		unmapped.forEach((c, i) => {
			if (Number(row?.[`present_${i}`]) > 0 && Number(row?.[`text_${i}`]) === 0)
				numericExtras.add(c.index);
		});
	}

	const dayFirst = options.dayFirst ?? !(language === 'en' || options.market === 'US');
	const dateFormats = new Map<number, DateColumnFormat>();
	const ambiguousDates: string[] = [];
	const lifetimeOnly = new Set<number>();
	for (const column of columns.filter((c) => c.field && DATE_FIELDS.has(c.field))) {
		if (column.field === 'date' && (await holdsOnlyLifetime(engine, raw, column))) {
			lifetimeOnly.add(column.index);
			continue;
		}
		// A format a person chose answers the question about whichever column could not be read
		// alone; a column of ISO dates needs no answer and keeps its own.
		const chosen =
			(await isoFormat(engine, raw, column)) ??
			givenDateFormat(options) ??
			chooseDateFormat(
				(await engine.query(dateFormatCountsSql(raw, rawColumn(column.index))))[0] as never,
				dayFirst
			);
		dateFormats.set(column.index, chosen);
		if (chosen.ambiguous) ambiguousDates.push(column.header);
	}
	const currencyFromCells = await symbolCurrency(engine, raw, columns);
	return { decimal, numericExtras, dateFormats, ambiguousDates, lifetimeOnly, currencyFromCells };
}

/**
 * The format a person chose for the date column (`--date-format dmy` or `%d/%m/%Y`). Refused
 * when it names no format the import reads, with the ones it does.
 */
function givenDateFormat(options: ParsedImportOptions): DateColumnFormat | null {
	if (!options.dateFormat) return null;
	const format = DATE_FORMATS.find(
		(f) => f.id === options.dateFormat || f.label === options.dateFormat
	);
	if (!format)
		throw new ImportError(
			problem('problem_import_option_date_format', {
				file: options.fileName,
				format: options.dateFormat,
				formats: DATE_FORMATS.map((f) => f.id).join(', ')
			})
		);
	return { format, ambiguous: false, problem: null };
}

/** True when every value of the column is a lifetime label (`Lifetime`, `Vitalício`…): its rows are dated by their publish time. */
async function holdsOnlyLifetime(
	engine: Engine,
	raw: string,
	column: ColumnPlan
): Promise<boolean> {
	const [row] = await engine.query<{ lifetime: number; other: number }>(
		`SELECT count(*) FILTER (${isLifetimeSql(column.raw)})::INTEGER AS lifetime,
	count(*) FILTER (NOT ${isMissingSql(column.raw)} AND NOT ${isLifetimeSql(column.raw)})::INTEGER AS other
FROM ${quoteIdentifier(raw)}`
	);
	return !!row && row.lifetime > 0 && row.other === 0;
}

/**
 * The common case in one cheap pass: every value is an ISO date or timestamp, which DuckDB's
 * own cast reads. The full shape count (a regexp per format per distinct value) is only needed
 * otherwise; on a column of distinct timestamps it costs more than reading the file.
 */
async function isoFormat(
	engine: Engine,
	raw: string,
	column: ColumnPlan
): Promise<DateColumnFormat | null> {
	const cell = `trim(${column.raw})`;
	const [row] = await engine.query<{ total: number; iso: number; dates: number; spaced: number }>(
		`SELECT count(*) FILTER (NOT ${isMissingSql(column.raw)})::INTEGER AS total,
	count(*) FILTER (regexp_matches(${cell}, '^\\d{4}-\\d{2}-\\d{2}') AND TRY_CAST(${cell} AS TIMESTAMP) IS NOT NULL)::INTEGER AS iso,
	count(*) FILTER (length(${cell}) = 10)::INTEGER AS dates,
	count(*) FILTER (${cell} LIKE '____-__-__ %')::INTEGER AS spaced
FROM ${quoteIdentifier(raw)}`
	);
	if (!row || row.total === 0 || row.iso !== row.total) return null;
	const id =
		row.dates === row.total ? 'ymd' : row.spaced === row.total ? 'ymd-time' : 'iso-timestamp';
	return { format: DATE_FORMATS.find((f) => f.id === id)!, ambiguous: false, problem: null };
}

/**
 * The currency every non-empty money cell (spend, revenue) names, by its symbol (`R$ 12,28`) or
 * its code (`12,28 BRL`, `USD 4.50`), if one is.
 */
async function symbolCurrency(
	engine: Engine,
	raw: string,
	columns: ColumnPlan[]
): Promise<string | null> {
	const money = columns.filter((c) => !c.typed && (c.field === 'spend' || c.field === 'revenue'));
	if (money.length === 0) return null;
	const cells = money
		.map((c) => `SELECT ${c.raw} AS v FROM ${quoteIdentifier(raw)}`)
		.join(' UNION ALL ');
	const counts = CURRENCY_SYMBOLS.map(
		([symbol], i) => `count(*) FILTER (contains(v, ${quoteString(symbol)}))::INTEGER AS s${i}`
	);
	const code = `nullif(regexp_extract(v, '(?:^|[^A-Z])([A-Z]{3})(?:[^A-Z$]|$)', 1), '')`;
	const [row] = await engine.query(
		`WITH cells AS (SELECT v, ${code} AS code FROM (${cells})),
	top AS (SELECT mode(code) AS code FROM cells)
SELECT count(*) FILTER (NOT ${isMissingSql('v')})::INTEGER AS total, ${counts.join(', ')},
	any_value(top.code) AS code, count(*) FILTER (cells.code = top.code)::INTEGER AS coded
FROM cells, top`
	);
	const total = Number(row?.total ?? 0);
	if (total === 0) return null;
	const found = CURRENCY_SYMBOLS.find((_, i) => Number(row?.[`s${i}`]) === total);
	if (found) return found[1];
	return row?.code && Number(row.coded) === total ? String(row.code) : null;
}

/** Rows the decimal separator is decided from: a file writes all its numbers one way. */
const DECIMAL_SAMPLE_ROWS = 50_000;

/**
 * The file's decimal separator from the evidence in its first rows (two regexps per cell, so
 * a bounded sample keeps a million-row file from paying them on every row).
 */
async function decimalFromSample(
	engine: Engine,
	raw: string,
	numberLike: ColumnPlan[],
	fallback: '.' | ','
): Promise<'.' | ','> {
	const sample = `${raw}_sample`;
	await engine.exec(
		`CREATE OR REPLACE TEMP VIEW ${quoteIdentifier(sample)} AS SELECT * FROM ${quoteIdentifier(raw)} LIMIT ${DECIMAL_SAMPLE_ROWS}`
	);
	try {
		const [counts] = await engine.query(
			detectDecimalSql(
				sample,
				numberLike.map((c) => rawColumn(c.index))
			)
		);
		return chooseDecimal(counts as never, fallback);
	} finally {
		await engine.exec(`DROP VIEW IF EXISTS ${quoteIdentifier(sample)}`);
	}
}
