/**
 * The baseline the scoring roll-up is measured against: every definition × market × KPI as a
 * query of its own on the raw facts, converted row by row, run one after the other, then the
 * same pure scoring as scoreCampaign.
 */
import { MONEY_MEASURES } from '$lib/domain/facts';
import { BUILT_IN_METRIC_SOURCES } from '$lib/domain/metrics/catalog';
import { expandReferences, parsedTree } from '$lib/domain/metrics/expand';
import { findDivergences, type Divergence } from '$lib/domain/scoring/divergences';
import { scoreDefinition } from '$lib/domain/scoring/score-definition';
import type { Engine } from '$lib/engine/engine';
import type { ScoreResult, ScoringRequest, ScoringTables } from '$lib/queries/score-campaign';
import { metricsQuerySql } from '$lib/sql/metric-sql';
import { quoteDate, quoteIdentifier, quoteString } from '$lib/sql/quote';

/**
 * SQL of a view of the facts with money converted into the reporting currency at each row's
 * day and currency, as scoringBaseSql converts it, but with every row kept: nothing summed.
 */
export function convertedFactsViewSql(facts: string, fx: string, view: string): string {
	const rate = `coalesce(fx.rate, CASE WHEN f.currency IS NULL THEN 1 END)`;
	const money = MONEY_MEASURES.map(
		(m) => `f.${quoteIdentifier(m)} * ${rate} AS ${quoteIdentifier(m)}`
	);
	return `CREATE OR REPLACE VIEW ${quoteIdentifier(view)} AS
SELECT f.* REPLACE (${money.join(', ')})
FROM ${quoteIdentifier(facts)} f
LEFT JOIN ${quoteIdentifier(fx)} fx ON fx.date = f.date AND fx.currency = f.currency
WHERE f.grain = 'day'`;
}

/**
 * Scores like scoreCampaign, but with one query per definition × market × KPI on `tables.base`
 * (here the converted raw facts), run in sequence. Returns the same results and divergences.
 */
export async function scoreOneByOne(
	engine: Engine,
	tables: ScoringTables,
	request: ScoringRequest
): Promise<{ results: ScoreResult[]; divergences: Divergence[] }> {
	const results: ScoreResult[] = [];
	for (const definition of request.definitions) {
		for (const market of request.markets) {
			const actuals: (number | null)[] = [];
			for (const kpi of definition.kpis) {
				const currency =
					kpi.unit === 'currency' && kpi.currency && kpi.currency !== request.reportingCurrency
						? kpi.currency
						: null;
				const sql = metricsQuerySql({
					relation: tables.base,
					metrics: [{ id: kpi.metric, ast: expandedTree(kpi.metric) }],
					groupBy: [],
					where: whereSql(request, market),
					money: currency && tables.fx ? { fx: tables.fx, currency } : null
				});
				const [row] = await engine.query(sql);
				const value = row?.[kpi.metric];
				actuals.push(typeof value === 'number' ? value : null);
			}
			const score = scoreDefinition({
				definition,
				market,
				range: request.range,
				campaign: request.campaign,
				actual: (kpi) => actuals[definition.kpis.indexOf(kpi)] ?? null
			});
			results.push({
				...score,
				signedOff: definition.signedOff,
				own: definition.markets.includes(market)
			});
		}
	}
	const familyOf = (id: string) => BUILT_IN_METRIC_SOURCES.get(id)?.family ?? id;
	return { results, divergences: findDivergences(results, familyOf) };
}

function expandedTree(id: string) {
	const source = BUILT_IN_METRIC_SOURCES.get(id);
	if (!source) throw new Error(`unknown metric: ${id}`);
	return expandReferences(parsedTree(id, source), BUILT_IN_METRIC_SOURCES, [id]);
}

/** The range and the one market, as scoreCampaign filters its rows. */
function whereSql(request: ScoringRequest, market: string): string {
	const clauses = [
		`${quoteIdentifier('date')} BETWEEN ${quoteDate(request.range.from)} AND ${quoteDate(request.range.to)}`,
		`${quoteIdentifier('market')} = ${quoteString(market)}`
	];
	if (request.platforms?.length) {
		clauses.push(
			`${quoteIdentifier('platform')} IN (${request.platforms.map(quoteString).join(', ')})`
		);
	}
	return clauses.join(' AND ');
}
