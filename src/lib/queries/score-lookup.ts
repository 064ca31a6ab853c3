import type { KpiScore } from '$lib/domain/scoring/score-definition';
import type { ScoreResult } from './score-campaign';

/** One market's result under one definition; throws when scoring left it out. */
export function resultOf(results: ScoreResult[], definition: string, market: string): ScoreResult {
	const found = results.find((r) => r.definition === definition && r.market === market);
	if (!found) throw new Error(`no result for ${market} under ${definition}`);
	return found;
}

/** One KPI of a market's result under a definition; throws when it is missing. */
export function kpiOf(
	results: ScoreResult[],
	definition: string,
	market: string,
	metric: string
): KpiScore {
	const found = resultOf(results, definition, market).kpis.find((k) => k.metric === metric);
	if (!found) throw new Error(`no ${metric} for ${market} under ${definition}`);
	return found;
}
