import type { MarketDay } from '$lib/domain/effects/observed-effect';
import type { MetricSource } from '$lib/domain/metrics/check';
import type { Engine } from '$lib/engine/engine';
import { metricsQuerySql } from '$lib/sql/metric-sql';
import { quoteDate, quoteIdentifier, quoteString } from '$lib/sql/quote';
import { compiledTree, type ScoringTables } from './score-campaign';

/** One metric per market and day over a range, optionally on some platforms only. */
export interface DailyMetricRequest {
	metric: string;
	markets: readonly string[];
	from: string;
	to: string;
	/** Only these platforms' rows; empty for all. */
	platforms?: readonly string[];
}

/**
 * A metric's value per market and day, computed by the scoring queries (money in the reporting
 * currency), so that a day's value here is the scoreboard's value for that one day.
 */
export async function dailyMetricByMarket(
	engine: Engine,
	tables: ScoringTables,
	request: DailyMetricRequest,
	metrics: ReadonlyMap<string, MetricSource>
): Promise<MarketDay[]> {
	const clauses = [
		`${quoteIdentifier('date')} BETWEEN ${quoteDate(request.from)} AND ${quoteDate(request.to)}`,
		`${quoteIdentifier('market')} IN (${request.markets.map(quoteString).join(', ')})`
	];
	if (request.platforms?.length) {
		clauses.push(
			`${quoteIdentifier('platform')} IN (${request.platforms.map(quoteString).join(', ')})`
		);
	}
	const sql = metricsQuerySql({
		relation: tables.base,
		metrics: [{ id: 'value', ast: compiledTree(request.metric, metrics) }],
		groupBy: ['date', 'market'],
		where: clauses.join(' AND '),
		totalsRelation: tables.daily ?? null
	});
	const rows = await engine.query(`SELECT date::VARCHAR AS day, market, value FROM (${sql})`);
	return rows.map((row) => ({
		date: String(row.day),
		market: String(row.market),
		value: typeof row.value === 'number' ? row.value : null
	}));
}
