import type { CreatorEngagement } from '$lib/domain/live/sourcing-comparison';
import type { MetricSource } from '$lib/domain/metrics/check';
import type { Engine } from '$lib/engine/engine';
import { metricsQuerySql } from '$lib/sql/metric-sql';
import { quoteDate, quoteIdentifier, quoteString } from '$lib/sql/quote';
import { compiledTree, type ScoringTables } from './score-campaign';

/** Which creators' engagement to sum: their markets and the days. */
export interface CreatorEngagementRequest {
	markets: readonly string[];
	from: string;
	to: string;
}

/**
 * Each creator's engagements and impressions per market over a range, by the catalog's
 * `engagements` and `impressions` metrics on the scoring roll-up (the scoreboard's numbers
 * split by creator). Rows that name no creator are left out.
 */
export async function creatorEngagement(
	engine: Engine,
	tables: ScoringTables,
	request: CreatorEngagementRequest,
	metrics: ReadonlyMap<string, MetricSource>
): Promise<CreatorEngagement[]> {
	if (request.markets.length === 0) return [];
	const where = [
		`${quoteIdentifier('date')} BETWEEN ${quoteDate(request.from)} AND ${quoteDate(request.to)}`,
		`${quoteIdentifier('market')} IN (${request.markets.map(quoteString).join(', ')})`,
		`${quoteIdentifier('creator_id')} IS NOT NULL`
	].join(' AND ');
	const sql = metricsQuerySql({
		relation: tables.base,
		metrics: ['engagements', 'impressions'].map((id) => ({ id, ast: compiledTree(id, metrics) })),
		groupBy: ['market', 'creator_id'],
		where
	});
	const rows = await engine.query(
		`SELECT * FROM (${sql}) ORDER BY ${quoteIdentifier('market')}, ${quoteIdentifier('creator_id')}`
	);
	return rows.map((row) => ({
		creatorId: String(row.creator_id),
		market: String(row.market),
		engagements: typeof row.engagements === 'number' ? row.engagements : 0,
		impressions: typeof row.impressions === 'number' ? row.impressions : 0
	}));
}
