/**
 * Forms with repeated rows (markets, phases): each column is a repeated field named
 * `<prefix>.<field>`, a row is the n-th value of every column, and a row is removed by
 * posting its index in `<prefix>.remove`. Problems are keyed `<prefix>.<row>.<field>`.
 */

import type { Problem } from './problem';

/** The outcome of reading rows: the value, or every problem keyed by row and field. */
export type RowsResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, Problem> };

/** One row as typed: every field's text. */
export type RowInput<F extends string> = Record<F, string>;

/** The form field name of a column. */
export function columnName(prefix: string, field: string): string {
	return `${prefix}.${field}`;
}

/** The key of one cell's problem (and its `id` on the page). */
export function cellKey(prefix: string, row: number, field: string): string {
	return `${prefix}.${row}.${field}`;
}

/** What a posted form offers: the repeated values of a name (FormData fits). */
export interface RepeatedFields {
	getAll(name: string): unknown[];
}

/**
 * The rows of a posted form in order, removed rows left out. Problems are keyed by a row's
 * position in this list, which is also where the form shows it again after a refusal.
 * Non-text values count as empty.
 */
export function readRows<F extends string>(
	form: RepeatedFields,
	prefix: string,
	fields: readonly F[]
): RowInput<F>[] {
	const columns = fields.map((field) =>
		form.getAll(columnName(prefix, field)).map((v) => (typeof v === 'string' ? v : ''))
	);
	const removed = new Set(form.getAll(columnName(prefix, 'remove')).map(String));
	const count = Math.max(0, ...columns.map((column) => column.length));
	const rows: RowInput<F>[] = [];
	for (let index = 0; index < count; index++) {
		if (removed.has(String(index))) continue;
		rows.push(
			Object.fromEntries(fields.map((field, f) => [field, columns[f]![index] ?? ''])) as RowInput<F>
		);
	}
	return rows;
}

/** True when every field of a row was left empty (the spare row at the end of a form). */
export function isBlankRow(row: Record<string, string>): boolean {
	return Object.values(row).every((value) => value.trim() === '');
}
