import { quoteString } from './quote';

/**
 * What exports write where a cell has no value: Google Ads uses ` --`, its charts `—`,
 * pandas writes `nan`, Google Analytics `(not set)`. Compared trimmed and lower-cased.
 */
export const MISSING_PLACEHOLDERS = [
	'',
	'--',
	'-',
	'—',
	'–',
	'n/a',
	'na',
	'nan',
	'null',
	'none',
	'(not set)'
] as const;

/**
 * Characters trimmed before the comparison: ASCII white space plus the no-break, figure,
 * thin and narrow no-break spaces that spreadsheet exports put around values.
 */
export const TRIMMED_SPACES = ' \t\r\n\u00a0\u2007\u2009\u202f';

/**
 * SQL boolean: TRUE when the cell (`expr`, an already quoted SQL expression) is NULL or a
 * placeholder for "no value". A placeholder may carry a trailing `%` (`NaN%`), which is how a
 * missing rate comes out of a percent-formatted column.
 */
export function isMissingSql(expr: string): string {
	const placeholders = MISSING_PLACEHOLDERS.map(quoteString).join(', ');
	const trimmed = `trim(${expr}, ${quoteString(TRIMMED_SPACES)})`;
	return `(${expr} IS NULL OR lower(rtrim(${trimmed}, '%')) IN (${placeholders}))`;
}
