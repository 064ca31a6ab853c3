import type { Verdict } from '../definitions';
import { verdictLevel } from './attainment';
import type { DefinitionScore } from './score-definition';

/** Two definitions reading the same family of metric differently for one market. */
export interface KpiDivergence {
	family: string;
	/** The metric each of the two definitions uses for the family. */
	metrics: Record<string, string>;
	/** Each definition's verdict on its metric. */
	verdicts: Record<string, Verdict>;
}

/** A market whose data the definitions read differently, overall or KPI by KPI. */
export interface Divergence {
	market: string;
	/** Every definition the market was scored under, sorted. */
	definitions: string[];
	/** Each definition's overall verdict for the market. */
	verdicts: Record<string, Verdict>;
	/** True when the overall verdicts differ in level. */
	overall: boolean;
	kpis: KpiDivergence[];
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function groupByMarket(results: DefinitionScore[]): Map<string, Map<string, DefinitionScore>> {
	const markets = new Map<string, Map<string, DefinitionScore>>();
	for (const result of results) {
		const byDefinition = markets.get(result.market) ?? new Map<string, DefinitionScore>();
		if (byDefinition.has(result.definition)) {
			throw new Error(`market ${result.market} is scored twice under ${result.definition}`);
		}
		byDefinition.set(result.definition, result);
		markets.set(result.market, byDefinition);
	}
	return markets;
}

function differ(a: Verdict, b: Verdict): boolean {
	const [levelA, levelB] = [verdictLevel(a), verdictLevel(b)];
	return levelA !== null && levelB !== null && levelA !== levelB;
}

function kpiDivergences(
	first: DefinitionScore,
	second: DefinitionScore,
	familyOf: (metric: string) => string
): KpiDivergence[] {
	const found: KpiDivergence[] = [];
	for (const a of first.kpis) {
		for (const b of second.kpis) {
			const family = familyOf(a.metric);
			if (family !== familyOf(b.metric) || !differ(a.verdict, b.verdict)) continue;
			found.push({
				family,
				metrics: { [first.definition]: a.metric, [second.definition]: b.metric },
				verdicts: { [first.definition]: a.verdict, [second.definition]: b.verdict }
			});
		}
	}
	return found;
}

/**
 * Finds where definitions disagree about a market's data. Overall: two definitions whose
 * verdicts differ in level (met counts as win, not met as miss). KPI by KPI: for each pair
 * of definitions, each pair of KPIs of the same metric family (engagement rate by reach and
 * by impressions, say) whose verdicts differ in level, one entry per pair. No data disagrees
 * with nothing. Markets come in input order; KPI entries by family, then definitions, then
 * metrics.
 */
export function findDivergences(
	results: DefinitionScore[],
	familyOf: (metric: string) => string
): Divergence[] {
	const divergences: Divergence[] = [];
	for (const [market, byDefinition] of groupByMarket(results)) {
		const scores = [...byDefinition.values()].sort((a, b) =>
			compareText(a.definition, b.definition)
		);
		let overall = false;
		const kpis: KpiDivergence[] = [];
		scores.forEach((first, i) => {
			for (const second of scores.slice(i + 1)) {
				overall ||= differ(first.verdict, second.verdict);
				kpis.push(...kpiDivergences(first, second, familyOf));
			}
		});
		if (!overall && kpis.length === 0) continue;
		// Pairs were visited in definition order and KPIs in definition order; a stable sort
		// by family keeps that order within a family.
		kpis.sort((a, b) => compareText(a.family, b.family));
		divergences.push({
			market,
			definitions: scores.map((score) => score.definition),
			verdicts: Object.fromEntries(scores.map((score) => [score.definition, score.verdict])),
			overall,
			kpis
		});
	}
	return divergences;
}
