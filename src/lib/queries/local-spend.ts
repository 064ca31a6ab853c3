import { quoteIdentifier } from '$lib/sql/quote';

/** A market's spend on one day in one currency, as the facts hold it (not converted). */
export interface LocalSpendRow {
	date: string;
	market: string;
	currency: string | null;
	spend: number;
}

/**
 * Spend per day, market and currency straight from a facts table (`facts` already quoted), in
 * the currency each row was recorded in: what a market's own-currency totals add up. Daily
 * rows only, like every roll-up; days with no spend recorded are left out.
 */
export function localSpendSql(facts: string): string {
	const spend = quoteIdentifier('spend');
	return `SELECT ${quoteIdentifier('date')}::VARCHAR AS date, ${quoteIdentifier('market')} AS market,
	${quoteIdentifier('currency')} AS currency, sum(${spend})::DOUBLE AS spend
FROM ${facts}
WHERE ${quoteIdentifier('grain')} = 'day' AND ${spend} IS NOT NULL
GROUP BY ALL
ORDER BY 1, 2, 3`;
}

/** The rows of `localSpendSql` as typed values. */
export function toLocalSpendRows(rows: readonly Record<string, unknown>[]): LocalSpendRow[] {
	return rows.map((row) => ({
		date: String(row.date),
		market: String(row.market),
		currency: row.currency === null || row.currency === undefined ? null : String(row.currency),
		spend: Number(row.spend)
	}));
}
