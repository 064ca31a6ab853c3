import { quoteIdentifier, quoteString } from './quote';

/** The character that separates a number's integer part from its fraction. */
export type DecimalSeparator = '.' | ',';

/**
 * The pieces of a formatted number, as RE2 patterns (DuckDB's regexp dialect). Spaces include
 * the no-break and thin spaces (`\p{Zs}`) of `R$ 12,28`; a currency is a symbol with an optional
 * prefix (`R$`, `US$`, `MX$`, `€`) or a three-letter code (`BRL`). One sign at most, before or
 * after a leading currency.
 */
const SPACE = '[\\s\\p{Zs}]*';
const CURRENCY = '(?:[A-Z]{0,3}\\$|[€£¥₹]|[A-Z]{3})';
const SIGN_AND_CURRENCY = `(?:[-+]${SPACE}(?:${CURRENCY}${SPACE})?|(?:${CURRENCY}${SPACE})?[-+]?${SPACE})`;
const SUFFIX = '[kKmMbB%]?';

/** What a readable cell holds besides its sign, digits and suffix: removed before the cast. */
const DECORATION = '[A-Z]{1,3}\\$|[A-Z]{3}|[$€£¥₹]|[\\s\\p{Zs}]';

/** Regexp-safe form of a separator. */
const escapeSeparator = (separator: DecimalSeparator) => `\\${separator}`;

/** The separator that groups thousands when `decimal` separates the fraction. */
const thousandsFor = (decimal: DecimalSeparator): DecimalSeparator => (decimal === '.' ? ',' : '.');

/**
 * The digits of a number in one decimal convention: grouped by thousands (`1.234,56`, or with
 * spaces, `1 234,56`), in Indian lakh/crore groups (`2,28,00,00,00,000`, only where the comma
 * groups), or ungrouped (`9844.21`).
 */
function digitsPattern(decimal: DecimalSeparator): string {
	const d = escapeSeparator(decimal);
	const t = escapeSeparator(thousandsFor(decimal));
	const fraction = `(?:${d}\\d+)?`;
	const indian = decimal === '.' ? [`\\d{1,2}(?:${t}\\d{2})+${t}\\d{3}${fraction}`] : [];
	return [
		`\\d{1,3}(?:${t}\\d{3})+${fraction}`,
		`\\d{1,3}(?:[\\s\\p{Zs}]\\d{3})+${fraction}`,
		...indian,
		`\\d+${fraction}`,
		`${d}\\d+`
	].join('|');
}

/** A whole cell: sign, currency, digits, k/m/b or %, currency, each where exports put them. */
function cellPattern(digits: string): string {
	return `${SPACE}${SIGN_AND_CURRENCY}(?:${digits})${SPACE}${SUFFIX}${SPACE}(?:${CURRENCY})?${SPACE}`;
}

/** Cells that one cast reads as they are: no grouping, no symbol, at most a two-digit exponent. */
function plainPattern(decimal: DecimalSeparator): string {
	return `[-+]?\\d*${escapeSeparator(decimal)}?\\d+(?:[eE][-+]?\\d{1,2})?`;
}

/** Suffixes and the exponent each becomes, so that the cast does the scaling without rounding. */
const EXPONENTS: readonly [string, string][] = [
	['k', 'e3'],
	['m', 'e6'],
	['b', 'e9'],
	['%', 'e-2']
];

/**
 * SQL DOUBLE from a text cell written with `decimal` as its decimal separator. Reads thousands
 * groups, currency symbols and codes, `%` (divided by 100) and k/m/b (thousand, million,
 * billion). NULL when the cell is missing or unreadable; `isMissingSql` tells the two apart.
 *
 * A plain number takes one regexp test (cheaper than a failed cast, and it keeps out `nan`,
 * `inf` and `1_000`, which DuckDB's cast accepts) and one cast. Any other cell is checked
 * whole against the readable shapes, then stripped of currency and spaces, its separators
 * normalised and its suffix made an exponent: `R$ -1.234,56k` becomes `-1234.56e3`.
 */
export function toNumberSql(expr: string, decimal: DecimalSeparator): string {
	const plain = decimal === '.' ? expr : `replace(${expr}, ',', '.')`;
	const stripped = `regexp_replace(${expr}, ${quoteString(DECORATION)}, '', 'g')`;
	let canonical = `replace(${stripped}, ${quoteString(thousandsFor(decimal))}, '')`;
	if (decimal === ',') canonical = `replace(${canonical}, ',', '.')`;
	const scaled = EXPONENTS.reduce(
		(sql, [suffix, exponent]) =>
			`replace(${sql}, ${quoteString(suffix)}, ${quoteString(exponent)})`,
		`lower(${canonical})`
	);
	const readable = quoteString(cellPattern(digitsPattern(decimal)));
	return (
		`(CASE WHEN regexp_full_match(${expr}, ${quoteString(plainPattern(decimal))}) ` +
		`THEN TRY_CAST(${plain} AS DOUBLE) ` +
		`WHEN regexp_full_match(${expr}, ${readable}) THEN TRY_CAST(${scaled} AS DOUBLE) END)`
	);
}

/** How many cells read as decimal-comma numbers and how many as decimal-point numbers. */
export interface DecimalCounts {
	comma: number;
	point: number;
}

/**
 * Digits that can only be read with `decimal` as the decimal separator: both separators in
 * order (`1.234,56`), a lone decimal separator not followed by exactly three digits (`30,36`,
 * `0,5`), three digits after a zero or a long integer part (`0,500`), or the other separator
 * repeated (`1.234.567`, `2,28,00,00,00,000`). `2.949` and `1,204` fit both and count for neither.
 */
function evidencePattern(decimal: DecimalSeparator): string {
	const d = escapeSeparator(decimal);
	const t = escapeSeparator(thousandsFor(decimal));
	const forms = [
		`\\d{1,3}(?:${t}\\d{3})+${d}\\d+`,
		`\\d*${d}(?:\\d{1,2}|\\d{4,})`,
		`(?:0|\\d{4,})${d}\\d{3}`,
		`\\d{1,3}(?:${t}\\d{3}){2,}`,
		...(decimal === '.' ? [`\\d{1,2}(?:${t}\\d{2})+${t}\\d{3}`] : [])
	];
	return cellPattern(forms.join('|'));
}

/**
 * One aggregate query over every row of `table`: how many cells of `columns` are evidence of a
 * decimal comma (`comma`) and of a decimal point (`point`).
 */
export function detectDecimalSql(table: string, columns: string[]): string {
	if (columns.length === 0) throw new Error('detectDecimalSql needs at least one column');
	const count = (decimal: DecimalSeparator) =>
		columns
			.map((column) => {
				const pattern = quoteString(evidencePattern(decimal));
				return `count_if(regexp_full_match(${quoteIdentifier(column)}, ${pattern}))`;
			})
			.join(' + ');
	return (
		`SELECT (${count(',')})::BIGINT AS comma, (${count('.')})::BIGINT AS point ` +
		`FROM ${quoteIdentifier(table)}`
	);
}

/** The decimal separator with more evidence; `fallback` (the market's locale) on a tie. */
export function chooseDecimal(counts: DecimalCounts, fallback: DecimalSeparator): DecimalSeparator {
	if (counts.comma > counts.point) return ',';
	if (counts.point > counts.comma) return '.';
	return fallback;
}
