import { ADDITIVE_MEASURES, DIMENSIONS, SNAPSHOT_MEASURES } from '$lib/domain/facts';
import { quoteIdentifier } from './quote';
import { rateSql } from './fx-table-sql';

const MONEY = new Set(['spend', 'revenue']);

/**
 * The roll-up every score is computed from, built once per data load: daily rows summed per
 * day and dimension (date, market, platform, creator, content, variant), money converted to
 * the reporting currency at each day's rate, snapshot measures kept at their largest value of
 * the day. Rows of other grains (weeks, lifetimes) cannot be split into days and stay out.
 */
export function scoringBaseSql(facts: string, fx: string | null, target: string): string {
	const rate = fx ? rateSql(fx) : '1';
	const join = fx
		? `LEFT JOIN ${quoteIdentifier(fx)} fx ON fx.date = f.date AND fx.currency = f.currency`
		: '';
	const dimensions = DIMENSIONS.map((d) => `f.${quoteIdentifier(d)}`);
	const additive = ADDITIVE_MEASURES.map((m) => {
		const column = `f.${quoteIdentifier(m)}`;
		return `sum(${MONEY.has(m) ? `${column} * ${rate}` : column})::DOUBLE AS ${quoteIdentifier(m)}`;
	});
	const snapshot = SNAPSHOT_MEASURES.map(
		(m) => `max(f.${quoteIdentifier(m)})::DOUBLE AS ${quoteIdentifier(m)}`
	);
	return `CREATE OR REPLACE TABLE ${quoteIdentifier(target)} AS
SELECT ${[...dimensions, ...additive, ...snapshot].join(', ')}
FROM ${quoteIdentifier(facts)} f ${join}
WHERE f.grain = 'day'
GROUP BY ${dimensions.join(', ')}`;
}
