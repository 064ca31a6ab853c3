import type { Campaign } from '$lib/domain/campaign';
import { rankCreators, type CreatorRanking } from '$lib/domain/creators/creator-ranking';
import { isScaleFree } from '$lib/domain/metrics/scale-free';
import { compiledTree } from '$lib/queries/score-campaign';
import { metricsQuerySql } from '$lib/sql/metric-sql';
import { quoteDate, quoteIdentifier } from '$lib/sql/quote';
import type { AppContext } from '../app-context';
import {
	campaignMetricSources,
	scoringAsOf,
	versionsToScore,
	withScoringTables
} from '../definitions/score-service';

/**
 * Every market's creators ranked under the market's own definition (the first that names the
 * market), from the campaign's first day to its as-of day, on the same scoring tables and
 * metric SQL as the scoreboard. A market without a definition of its own has no ranking.
 */
export function creatorRankings(
	context: AppContext,
	campaign: Campaign,
	asOf?: string
): Promise<CreatorRanking[]> {
	const sources = campaignMetricSources(context, campaign.id);
	const definitions = versionsToScore(context.definitions.all(campaign.id));
	return withScoringTables(context, campaign, async ({ engine, tables, span }) => {
		if (!span.first || !span.last) return [];
		const range = { from: span.first, to: scoringAsOf(context, span.last, asOf) };
		const metricIds = [...new Set(definitions.flatMap((d) => d.kpis.map((kpi) => kpi.metric)))];
		// Timing KPIs are measured per market from its records, never per creator from the facts.
		const trees = new Map(
			metricIds.filter((id) => sources.has(id)).map((id) => [id, compiledTree(id, sources)])
		);
		const scaleFree = (id: string) => trees.has(id) && isScaleFree(trees.get(id)!);
		const ranked = metricIds.filter(scaleFree);
		// A campaign without definitions (or with none of rates) has nothing to rank by.
		if (ranked.length === 0) return [];
		const rows = await engine.query(
			metricsQuerySql({
				relation: tables.base,
				metrics: ranked.map((id) => ({ id, ast: trees.get(id)! })),
				groupBy: ['market', 'creator_id'],
				where: `${quoteIdentifier('date')} BETWEEN ${quoteDate(range.from)} AND ${quoteDate(range.to)} AND ${quoteIdentifier('creator_id')} IS NOT NULL`
			})
		);
		return campaign.markets.flatMap(({ code }) => {
			const definition = definitions.find((d) => d.markets.includes(code));
			if (!definition) return [];
			const actuals = new Map(
				rows.filter((row) => row.market === code).map((row) => [String(row.creator_id), row])
			);
			return [
				rankCreators({
					market: code,
					definition,
					scaleFree,
					range,
					campaign: { start: campaign.start ?? range.from, end: campaign.end ?? range.to },
					creatorIds: [...actuals.keys()],
					actual: (creatorId, kpi) => {
						const value = actuals.get(creatorId)?.[kpi.metric];
						return typeof value === 'number' ? value : null;
					}
				})
			];
		});
	});
}
