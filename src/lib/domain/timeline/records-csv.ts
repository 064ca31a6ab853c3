import type { Market } from '../campaign';
import {
	headerKey,
	locateColumns,
	parseCsvRecords,
	type CsvProblem,
	type CsvRecord
} from '../csv-records';
import { canonicalTimeZone } from '../market-fields';
import { problem, type Problem, type ProblemCode } from '../problem';
import { readDate, readTimestamp, slashOrderOf, type SlashOrder } from '../time/read-timestamp';
import { toZonedTimestamp, type ZonedTimestamp } from '../time/zoned-timestamp';

/** A market as record files need it: its code, its clock and how it writes dates. */
export type RecordMarket = Pick<Market, 'code' | 'timeZone' | 'locale'>;

/** A file of timeline records read: the good ones, and every refused cell with its line and reason. */
export interface RecordsCsv<T> {
	records: T[];
	/** Lines whose rows were refused (each may have several problems). */
	rejectedRows: number;
	problems: CsvProblem[];
}

/** The cells of one row, by field, and a way to refuse one of them. */
export interface RowReader<F extends string> {
	line: number;
	/** The trimmed cell of a field; empty when the file has no such column. */
	cell(field: F): string;
	has(field: F): boolean;
	refuse(field: F, found: Problem): void;
	/** True once a cell of this row was refused. */
	refused(): boolean;
	/** The order of slash dates in this file, when its values decide it. */
	order: SlashOrder | null;
}

/** How one kind of record file is read. */
export interface RecordsFormat<F extends string, T> {
	columns: Readonly<Record<F, readonly string[]>>;
	required: readonly F[];
	/** The problem of a header that lacks required columns (given `missing`). */
	headerProblem: ProblemCode;
	/** Fields whose values are dates or timestamps, to decide the order of slash dates from. */
	dateFields: readonly F[];
	/** The record of a row, or null when a cell was refused. */
	readRow(row: RowReader<F>): T | null;
}

/**
 * Reads a small CSV file of records: a header whose columns are found by their synonyms
 * (English, Spanish and Portuguese), then one record per row. Good rows are kept; a row with
 * a bad cell is refused with every reason, so the rest of the file still loads.
 */
export function readRecordsCsv<F extends string, T>(
	text: string,
	format: RecordsFormat<F, T>
): RecordsCsv<T> {
	const { delimiter, records } = parseCsvRecords(text);
	const [header, ...rows] = records;
	if (!header)
		return refused({ line: 1, column: null, value: null, problem: problem('problem_file_empty') });
	const { columns, missing } = locateColumns(header.cells, format.columns);
	const missingRequired = missing.filter((f) => format.required.includes(f));
	if (missingRequired.length > 0) {
		return refused({
			line: header.line,
			column: null,
			value: header.cells.join(delimiter),
			problem: problem(format.headerProblem, { missing: missingRequired.join(', ') })
		});
	}
	const cellOf = (record: CsvRecord, field: F) => {
		const index = columns[field];
		return index === undefined ? '' : (record.cells[index] ?? '').trim();
	};
	const order = slashOrderOf(rows.flatMap((row) => format.dateFields.map((f) => cellOf(row, f))));
	const read: T[] = [];
	const problems: CsvProblem[] = [];
	let rejectedRows = 0;
	for (const record of rows) {
		if (record.cells.length > header.cells.length) {
			rejectedRows++;
			problems.push({
				line: record.line,
				column: null,
				value: record.cells.join(delimiter),
				problem: problem('problem_csv_extra_cells', {
					cells: record.cells.length,
					columns: header.cells.length
				})
			});
			continue;
		}
		const found = problems.length;
		const value = format.readRow({
			line: record.line,
			cell: (field) => cellOf(record, field),
			has: (field) => columns[field] !== undefined,
			refuse: (field, reason) => {
				const column = columns[field] === undefined ? null : header.cells[columns[field]]!.trim();
				// A zone column shared by two moments is refused once.
				const again = problems
					.slice(found)
					.some((p) => p.column === column && p.problem.code === reason.code);
				if (again) return;
				problems.push({
					line: record.line,
					column,
					value: columns[field] === undefined ? null : cellOf(record, field),
					problem: reason
				});
			},
			refused: () => problems.length > found,
			order
		});
		if (problems.length > found || value === null) rejectedRows++;
		else read.push(value);
	}
	return { records: read, rejectedRows, problems };
}

/** The market a row names, refused when the campaign has no such market. */
export function readMarketCell<F extends string>(
	row: RowReader<F>,
	field: F,
	markets: readonly RecordMarket[]
): RecordMarket | null {
	const code = row.cell(field).toUpperCase();
	const market = markets.find((m) => m.code === code);
	if (!market) {
		row.refuse(
			field,
			problem('problem_creator_market', { markets: markets.map((m) => m.code).join(', ') })
		);
	}
	return market ?? null;
}

/**
 * A moment from a timestamp cell and its zone: the zone column when it has one, else the
 * market's zone. Null when the cell is empty; undefined when it was refused.
 */
export function readMomentCell<F extends string>(
	row: RowReader<F>,
	field: F,
	zoneFields: readonly F[],
	market: RecordMarket
): ZonedTimestamp | null | undefined {
	const text = row.cell(field);
	const zoneField = zoneFields.find((f) => row.cell(f) !== '');
	let zone = market.timeZone;
	if (zoneField !== undefined) {
		const named = canonicalTimeZone(row.cell(zoneField));
		if (named === null) {
			row.refuse(zoneField, problem('problem_time_zone_unknown', { value: row.cell(zoneField) }));
			return undefined;
		}
		zone = named;
	}
	if (text === '') return null;
	const read = readTimestamp(text, zone, row.order ?? marketOrder(market));
	if (read.ok) return toZonedTimestamp(read.instant, zone);
	row.refuse(
		field,
		problem(
			read.reason === 'no_time' ? 'problem_timeline_time_missing' : 'problem_timeline_timestamp'
		)
	);
	return undefined;
}

/** A calendar date from a cell. Null when the cell is empty; undefined when it was refused. */
export function readDateCell<F extends string>(
	row: RowReader<F>,
	field: F,
	market: RecordMarket
): string | null | undefined {
	const text = row.cell(field);
	if (text === '') return null;
	const date = readDate(text, row.order ?? marketOrder(market));
	if (date === null) row.refuse(field, problem('problem_csv_date'));
	return date ?? undefined;
}

/** One of `choices`, an alias of one, or undefined; matched without case, accents or underscores. */
export function readChoice<T extends string>(
	text: string,
	choices: readonly T[],
	aliases: Readonly<Record<string, T>>
): T | undefined {
	const key = headerKey(text);
	const underscored = key.replace(/[\s-]+/g, '_') as T;
	if (choices.includes(underscored)) return underscored;
	return aliases[key];
}

/** How a market writes slash dates when a file's values do not say: month first only in the US. */
function marketOrder(market: RecordMarket): SlashOrder {
	return market.locale.endsWith('-US') ? 'month-first' : 'day-first';
}

function refused<T>(found: CsvProblem): RecordsCsv<T> {
	return { records: [], rejectedRows: 0, problems: [found] };
}
