/**
 * The one place where text becomes SQL. Every identifier and literal that reaches DuckDB,
 * from a file header, a form or a definition, goes through these functions.
 */

/** Quotes an identifier (table or column name) for DuckDB. */
export function quoteIdentifier(name: string): string {
	if (name.includes('\0'))
		throw new Error(`identifier contains a NUL character: ${JSON.stringify(name)}`);
	return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a string literal for DuckDB. */
export function quoteString(value: string): string {
	if (value.includes('\0'))
		throw new Error(`string contains a NUL character: ${JSON.stringify(value)}`);
	return `'${value.replaceAll("'", "''")}'`;
}

/** Writes a finite number as a SQL literal. */
export function quoteNumber(value: number): string {
	if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
	return String(value);
}

/** Writes a value as a SQL literal: strings quoted, numbers checked, null as NULL. */
export function quoteLiteral(value: string | number | boolean | null): string {
	if (value === null) return 'NULL';
	if (typeof value === 'number') return quoteNumber(value);
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	return quoteString(value);
}

/** Writes an ISO date (YYYY-MM-DD) as a DATE literal, refusing anything else. */
export function quoteDate(iso: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`not an ISO date: ${JSON.stringify(iso)}`);
	return `DATE '${iso}'`;
}
