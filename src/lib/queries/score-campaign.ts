import type { DefinitionContent } from '$lib/domain/definitions';
import { BUILT_IN_METRIC_SOURCES } from '$lib/domain/metrics/catalog';
import { expandReferences, type MetricSource } from '$lib/domain/metrics/check';
import type { Ast } from '$lib/domain/metrics/ast';
import { parsedTree } from '$lib/domain/metrics/expand';
import type { DateRange } from '$lib/domain/scoring/date-range';
import { findDivergences, type Divergence } from '$lib/domain/scoring/divergences';
import { scoreDefinition, type DefinitionScore } from '$lib/domain/scoring/score-definition';
import { isTimingMetric, timingMetric } from '$lib/domain/timeline/timing-metrics';
import type { CampaignDates } from '$lib/domain/scoring/targets';
import type { Engine } from '$lib/engine/engine';
import { metricsQuerySql } from '$lib/sql/metric-sql';
import { quoteDate, quoteIdentifier, quoteString } from '$lib/sql/quote';

/** A definition version to score, and whether it is signed off or a draft being previewed. */
export type ScoredDefinition = DefinitionContent & { version: number; signedOff: boolean };

/** What to score: definitions, whose data, which days, and how money is converted. */
export interface ScoringRequest {
	definitions: ScoredDefinition[];
	/** Every market is scored under every definition (the cross-read matrix). */
	markets: string[];
	range: DateRange;
	campaign: CampaignDates;
	reportingCurrency: string;
	/** Only these platforms' rows; empty for all. */
	platforms?: string[];
	/**
	 * Actuals measured outside the facts, by market then metric id: the timing metrics
	 * (`campaignTiming` in src/lib/domain/timeline). A timing metric is never computed from the
	 * facts; without a value here its KPI has no actual.
	 */
	actualsByMarket?: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
}

/** A market's score under a definition, with whether that version is signed off. */
export type ScoreResult = DefinitionScore & { signedOff: boolean; own: boolean };

/** Tables the scores are read from: the scoring roll-up and the FX table (null: one currency). */
export interface ScoringTables {
	base: string;
	fx: string | null;
	/**
	 * The daily roll-up (date, market, platform; additive measures summed, money converted as
	 * in `base`), which plain sums read instead of `base`: see `metricsQuerySql`.
	 */
	daily?: string | null;
}

/**
 * Scores every market under every definition over a date range: one query per currency that
 * money targets are set in (usually just the reporting currency), every metric of every KPI
 * computed together per market, then the pure scoring code. The same function runs in the
 * browser and in Node, so the page and the command line give the same numbers.
 */
export async function scoreCampaign(
	engine: Engine,
	tables: ScoringTables,
	request: ScoringRequest,
	metrics: ReadonlyMap<string, MetricSource> = BUILT_IN_METRIC_SOURCES
): Promise<{ results: ScoreResult[]; divergences: Divergence[] }> {
	const actuals = new Map<string, number | null>();
	const measuredElsewhere = (id: string) => !metrics.has(id) && isTimingMetric(id);
	for (const [currency, all] of metricsByCurrency(request)) {
		const ids = [...all].filter((id) => !measuredElsewhere(id));
		if (ids.length === 0) continue;
		const sql = metricsQuerySql({
			relation: tables.base,
			metrics: ids.map((id) => ({ id, ast: compiledTree(id, metrics) })),
			groupBy: ['market'],
			where: whereSql(request),
			money: currency && tables.fx ? { fx: tables.fx, currency } : null,
			totalsRelation: tables.daily ?? null
		});
		for (const row of await engine.query(sql)) {
			for (const id of ids) {
				const value = row[id];
				actuals.set(
					key(String(row.market), id, currency),
					typeof value === 'number' ? value : null
				);
			}
		}
	}
	const results = request.definitions.flatMap((definition) =>
		request.markets.map((market): ScoreResult => {
			const score = scoreDefinition({
				definition,
				market,
				range: request.range,
				campaign: request.campaign,
				actual: (kpi) =>
					measuredElsewhere(kpi.metric)
						? (request.actualsByMarket?.[market]?.[kpi.metric] ?? null)
						: (actuals.get(key(market, kpi.metric, kpiCurrency(kpi, request.reportingCurrency))) ??
							null)
			});
			return {
				...score,
				signedOff: definition.signedOff,
				own: definition.markets.includes(market)
			};
		})
	);
	const familyOf = (id: string) => {
		const source = (metrics.get(id) ?? timingMetric(id)) as { family?: string } | undefined;
		return source?.family ?? id;
	};
	return { results, divergences: findDivergences(results, familyOf) };
}

/** The metric ids to compute per currency; null stands for the reporting currency. */
function metricsByCurrency(request: ScoringRequest): Map<string | null, Set<string>> {
	const groups = new Map<string | null, Set<string>>();
	for (const definition of request.definitions) {
		for (const kpi of definition.kpis) {
			const currency = kpiCurrency(kpi, request.reportingCurrency);
			if (!groups.has(currency)) groups.set(currency, new Set());
			groups.get(currency)!.add(kpi.metric);
		}
	}
	return groups;
}

function kpiCurrency(
	kpi: { unit: string; currency?: string },
	reportingCurrency: string
): string | null {
	return kpi.unit === 'currency' && kpi.currency && kpi.currency !== reportingCurrency
		? kpi.currency
		: null;
}

/** A metric's tree with every reference to other metrics inlined, ready to compile. */
export function compiledTree(id: string, metrics: ReadonlyMap<string, MetricSource>): Ast {
	const source = metrics.get(id);
	if (!source) throw new Error(`unknown metric: ${id}`);
	return expandReferences(parsedTree(id, source), metrics, [id]);
}

function whereSql(request: ScoringRequest): string {
	const date = quoteIdentifier('date');
	const clauses = [
		`${date} BETWEEN ${quoteDate(request.range.from)} AND ${quoteDate(request.range.to)}`
	];
	clauses.push(`${quoteIdentifier('market')} IN (${request.markets.map(quoteString).join(', ')})`);
	if (request.platforms?.length) {
		clauses.push(
			`${quoteIdentifier('platform')} IN (${request.platforms.map(quoteString).join(', ')})`
		);
	}
	return clauses.join(' AND ');
}

function key(market: string, metric: string, currency: string | null): string {
	return `${market}\u0000${metric}\u0000${currency ?? ''}`;
}
