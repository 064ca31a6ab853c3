import { MONTH_NAMES, WEEKDAY_NAMES } from '$lib/domain/month-names';
import { quoteString } from './quote';

/** Identifies a supported date format in an import's mapping. */
export type DateFormatId =
	| 'ymd'
	| 'ymd-time'
	| 'iso-timestamp'
	| 'dmy'
	| 'mdy'
	| 'dmy-time'
	| 'mdy-time'
	| 'month-day-year'
	| 'day-de-month'
	| 'day-month-year'
	| 'month-day'
	| 'day-de-month-no-year'
	| 'day-month'
	| 'ymd-compact';

/** A date format an import can read, with how to recognise it and how to read it in SQL. */
export interface DateFormat {
	readonly id: DateFormatId;
	/** The strftime-like form reported to users. */
	readonly label: string;
	/** RE2 pattern that a whole cell of this format matches, spaces around it allowed. */
	readonly shape: string;
	/** For slash dates, which of the two first numbers is the day. */
	readonly order?: 'day-first' | 'month-first';
	/** SQL DATE of a cell known to match `shape` (time of day dropped); NULL for no such day. */
	readonly toDate: (expr: string) => string;
	/**
	 * For dates written without a year (`February 28`, `8 de marzo`): SQL INTEGER month × 100 +
	 * day of a cell known to match `shape`. Their `toDate` is NULL: the year comes from the file's
	 * order and a year the person gives (see year-steps).
	 */
	readonly toMonthDay?: (expr: string) => string;
}

const escapeName = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTH = `(${MONTH_NAMES.flat().map(escapeName).join('|')})\\.?`;
const WEEKDAY = `(?:(?:${WEEKDAY_NAMES.map(escapeName).join('|')})\\.?,?\\s+)?`;
const ZONE = '(?:Z|[+-]\\d{2}(?::?\\d{2})?)?';
const CLOCK = `\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?${ZONE}`;
const SLASH_DATE = '\\d{1,2}/\\d{1,2}/\\d{4}';
const SLASH_CLOCK = '\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?';

/** DuckDB's date cast reads ISO dates and timestamps, keeping the date as written. */
const castToDate = (expr: string) => `TRY_CAST(${expr} AS DATE)`;

/** strptime, which skips surrounding spaces and fails, as NULL, for 31/04/2026. */
const parseToDate = (pattern: string) => (expr: string) =>
	`try_strptime(${expr}, ${quoteString(pattern)})::DATE`;

/** strptime of the slash date that opens a cell, the time after it ignored. */
const slashDateToDate = (pattern: string) => (expr: string) =>
	parseToDate(pattern)(`regexp_extract(${expr}, ${quoteString(SLASH_DATE)})`);

/** The month number of a name (lower-cased, no dot) in SQL: one list lookup, NULL if unknown. */
function monthNumberSql(name: string): string {
	const names = MONTH_NAMES.flat().map(quoteString).join(', ');
	const numbers = MONTH_NAMES.flatMap((aliases, index) => aliases.map(() => index + 1)).join(', ');
	return `[${numbers}][list_position([${names}], lower(${name}))]`;
}

/** Reads a date with a month name: `shape` captures day, month name and year at these groups. */
const namedMonthToDate =
	(shape: string, groups: { day: number; month: number; year: number }) => (expr: string) => {
		const part = (group: number) =>
			`regexp_extract(${expr}, ${quoteString(`^(?:${shape})$`)}, ${group})`;
		const month = monthNumberSql(part(groups.month));
		return `TRY_CAST(${part(groups.year)} || '-' || ${month} || '-' || ${part(groups.day)} AS DATE)`;
	};

const MONTH_DAY_YEAR = `(?i)\\s*${WEEKDAY}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\s*`;
const DAY_DE_MONTH = `(?i)\\s*${WEEKDAY}(\\d{1,2})\\s+de\\s+${MONTH}\\s+del?\\s+(\\d{4})\\s*`;
/** Reads a month and day without a year: `shape` captures the day and month name at these groups. */
const namedMonthToMonthDay =
	(shape: string, groups: { day: number; month: number }) => (expr: string) => {
		const part = (group: number) =>
			`regexp_extract(${expr}, ${quoteString(`^(?:${shape})$`)}, ${group})`;
		return `(${monthNumberSql(part(groups.month))} * 100 + TRY_CAST(${part(groups.day)} AS INTEGER))`;
	};

/** `February 28`, `"April 12"`: TikTok Studio's days, which carry no year. */
const MONTH_DAY = `(?i)\\s*${WEEKDAY}${MONTH}\\s+(\\d{1,2})\\s*`;
/** `8 de marzo`: TikTok Studio in Spanish and Portuguese. */
const DAY_DE_MONTH_NO_YEAR = `(?i)\\s*${WEEKDAY}(\\d{1,2})\\s+de\\s+${MONTH}\\s*`;
/** `28 feb`, `3-Jun`. */
const DAY_MONTH = `(?i)\\s*${WEEKDAY}(\\d{1,2})[\\s-]+${MONTH}\\s*`;
const noYear = () => 'NULL::DATE';

/** `vie, 28 feb 2025`, `28 Feb 2025`, `28-feb-2025`: Spanish and British exports. */
const DAY_MONTH_YEAR = `(?i)\\s*${WEEKDAY}(\\d{1,2})[\\s-]+${MONTH},?[\\s-]+(\\d{4})\\s*`;

/**
 * Every date format an import recognises, in the order that breaks ties. Shapes do not
 * overlap, except that each slash shape is shared by its day-first and month-first reading.
 */
export const DATE_FORMATS: readonly DateFormat[] = [
	{ id: 'ymd', label: '%Y-%m-%d', shape: '\\s*\\d{4}-\\d{1,2}-\\d{1,2}\\s*', toDate: castToDate },
	{
		id: 'ymd-time',
		label: '%Y-%m-%d %H:%M:%S',
		shape: `\\s*\\d{4}-\\d{2}-\\d{2} ${CLOCK}\\s*`,
		toDate: castToDate
	},
	{
		id: 'iso-timestamp',
		label: '%Y-%m-%dT%H:%M:%S',
		shape: `\\s*\\d{4}-\\d{2}-\\d{2}T${CLOCK}\\s*`,
		toDate: castToDate
	},
	{
		id: 'dmy',
		label: '%d/%m/%Y',
		shape: `\\s*${SLASH_DATE}\\s*`,
		order: 'day-first',
		toDate: parseToDate('%d/%m/%Y')
	},
	{
		id: 'mdy',
		label: '%m/%d/%Y',
		shape: `\\s*${SLASH_DATE}\\s*`,
		order: 'month-first',
		toDate: parseToDate('%m/%d/%Y')
	},
	{
		id: 'dmy-time',
		label: '%d/%m/%Y %H:%M',
		shape: `\\s*${SLASH_DATE},?\\s+${SLASH_CLOCK}\\s*`,
		order: 'day-first',
		toDate: slashDateToDate('%d/%m/%Y')
	},
	{
		id: 'mdy-time',
		label: '%m/%d/%Y %H:%M',
		shape: `\\s*${SLASH_DATE},?\\s+${SLASH_CLOCK}\\s*`,
		order: 'month-first',
		toDate: slashDateToDate('%m/%d/%Y')
	},
	{
		id: 'month-day-year',
		label: '%b %d, %Y',
		shape: MONTH_DAY_YEAR,
		toDate: namedMonthToDate(MONTH_DAY_YEAR, { month: 1, day: 2, year: 3 })
	},
	{
		id: 'day-de-month',
		label: '%d de %b de %Y',
		shape: DAY_DE_MONTH,
		toDate: namedMonthToDate(DAY_DE_MONTH, { day: 1, month: 2, year: 3 })
	},
	{
		id: 'day-month-year',
		label: '%d %b %Y',
		shape: DAY_MONTH_YEAR,
		toDate: namedMonthToDate(DAY_MONTH_YEAR, { day: 1, month: 2, year: 3 })
	},
	{
		id: 'month-day',
		label: '%B %d',
		shape: MONTH_DAY,
		toDate: noYear,
		toMonthDay: namedMonthToMonthDay(MONTH_DAY, { month: 1, day: 2 })
	},
	{
		id: 'day-de-month-no-year',
		label: '%d de %B',
		shape: DAY_DE_MONTH_NO_YEAR,
		toDate: noYear,
		toMonthDay: namedMonthToMonthDay(DAY_DE_MONTH_NO_YEAR, { day: 1, month: 2 })
	},
	{
		id: 'day-month',
		label: '%d %b',
		shape: DAY_MONTH,
		toDate: noYear,
		toMonthDay: namedMonthToMonthDay(DAY_MONTH, { day: 1, month: 2 })
	},
	{
		id: 'ymd-compact',
		label: '%Y%m%d',
		shape: '\\s*[12]\\d{3}[01]\\d[0-3]\\d\\s*',
		toDate: parseToDate('%Y%m%d')
	}
];
