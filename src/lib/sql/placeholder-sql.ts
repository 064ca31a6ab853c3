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

/** RE2 pattern of a cell that holds a placeholder, between spaces of any kind (`\p{Zs}`). */
const PLACEHOLDER_PATTERN =
	'(?i)[\\s\\p{Zs}]*(?:' +
	MISSING_PLACEHOLDERS.map((text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|') +
	')%?[\\s\\p{Zs}]*';

/**
 * SQL boolean: TRUE when the cell (`expr`, an already quoted SQL expression) is NULL or, trimmed
 * of spaces (no-break and thin ones too) and compared without case, a placeholder for "no value".
 * A placeholder may carry a trailing `%` (`NaN%`), which is how a missing rate comes out of a
 * percent-formatted column. One regexp test: several times faster than trim and lower.
 */
export function isMissingSql(expr: string): string {
	return `(${expr} IS NULL OR regexp_full_match(${expr}, ${quoteString(PLACEHOLDER_PATTERN)}))`;
}
