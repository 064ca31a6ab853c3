import type { FxRate } from '$lib/domain/campaign';
import { quoteDate, quoteIdentifier, quoteNumber, quoteString } from './quote';

/**
 * Creates (or replaces) a table of FX rates: date, currency, rate (reporting units per one
 * unit). The reporting currency is worth 1 on every day without being listed: it is kept as
 * one row with no date, which the roll-ups read through `rateSql`.
 */
export function fxTableSql(
	table: string,
	fx: readonly FxRate[],
	reportingCurrency: string
): string {
	const create = `CREATE OR REPLACE TABLE ${quoteIdentifier(table)} (date DATE, currency VARCHAR, rate DOUBLE)`;
	const rows = [
		`(NULL, ${quoteString(reportingCurrency)}, 1)`,
		...fx.map((r) => `(${quoteDate(r.date)}, ${quoteString(r.currency)}, ${quoteNumber(r.rate)})`)
	];
	return `${create};\nINSERT INTO ${quoteIdentifier(table)} VALUES ${rows.join(', ')}`;
}

/**
 * The rate a fact row `f` (joined to its day's rate as `fx`) converts money at: its day's rate;
 * 1 for the reporting currency and for rows that name no currency; otherwise none, so that
 * money without a rate is left out rather than summed as if it were the reporting currency.
 */
export function rateSql(fx: string): string {
	const standing = `(SELECT currency FROM ${quoteIdentifier(fx)} WHERE date IS NULL)`;
	return `coalesce(fx.rate, CASE WHEN f.currency IS NULL OR f.currency IN ${standing} THEN 1 END)`;
}
