import type { FxRate } from '$lib/domain/campaign';
import { quoteDate, quoteIdentifier, quoteNumber, quoteString } from './quote';

/** Creates (or replaces) a table of FX rates: date, currency, rate (reporting units per one unit). */
export function fxTableSql(table: string, fx: readonly FxRate[]): string {
	const create = `CREATE OR REPLACE TABLE ${quoteIdentifier(table)} (date DATE, currency VARCHAR, rate DOUBLE)`;
	if (fx.length === 0) return create;
	const rows = fx.map(
		(r) => `(${quoteDate(r.date)}, ${quoteString(r.currency)}, ${quoteNumber(r.rate)})`
	);
	return `${create};\nINSERT INTO ${quoteIdentifier(table)} VALUES ${rows.join(', ')}`;
}
