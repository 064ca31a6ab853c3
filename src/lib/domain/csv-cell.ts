/**
 * CSV cells as RFC 4180 writes them, made safe for spreadsheets: a text cell that a
 * spreadsheet would read as a formula (CWE-1236, "CSV injection") is prefixed with `'`
 * so that it is shown as text. Every CSV the app writes goes through these two functions.
 */

/** A value one CSV cell can hold; `null` and `undefined` become an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

// Excel, LibreOffice and Google Sheets start a formula (or a DDE call) on these characters.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Writes one value as a CSV cell: numbers as plain JS numbers (dot decimal, so that the file
 * reads the same in every locale; non-finite numbers as an empty cell), text neutralised
 * against formula injection and quoted when it holds a quote, comma or line break.
 */
export function toCsvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const text = FORMULA_START.test(value) ? `'${value}` : value;
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes one CSV record (without its line break). */
export function toCsvRow(cells: readonly CsvValue[]): string {
	return cells.map(toCsvCell).join(',');
}
