import type { DefinitionContent } from './definitions';
import type { MetricDefinition } from './metrics/catalog';
import { closestName } from './metrics/suggest';
import { problem, type Problem } from './problem';
import { TIMING_METRIC_IDS, isTimingMetric, timingMetric } from './timeline/timing-metrics';

/** A problem with a definition that its schema cannot see: it names things of the campaign. */
export interface DefinitionProblem {
	/** Inside the definition, dot-separated: `kpis.1.metric`. */
	path: string;
	problem: Problem;
}

/**
 * Checks a definition against its campaign: every market is the campaign's, every KPI's
 * metric exists (with the closest id suggested) and its target is in the metric's unit. The
 * built-in timing metrics (src/lib/domain/timeline/timing-metrics.ts) are known to every campaign.
 */
export function checkDefinition(
	definition: DefinitionContent,
	campaign: { markets: readonly string[]; metrics: ReadonlyMap<string, MetricDefinition> }
): DefinitionProblem[] {
	const problems: DefinitionProblem[] = [];
	definition.markets.forEach((market, index) => {
		if (!campaign.markets.includes(market)) {
			problems.push({
				path: `markets.${index}`,
				problem: problem('problem_market_not_in_campaign', {
					market,
					markets: campaign.markets.join(', ')
				})
			});
		}
	});
	definition.kpis.forEach((kpi, index) => {
		const metric = campaign.metrics.get(kpi.metric) ?? timingMetric(kpi.metric);
		if (!metric) {
			problems.push({
				path: `kpis.${index}.metric`,
				problem: unknownMetric(kpi.metric, campaign.metrics)!
			});
			return;
		}
		if (metric.unit !== kpi.unit) {
			problems.push({
				path: `kpis.${index}.unit`,
				problem: problem('problem_kpi_unit', { metric: metric.id, unit: metric.unit })
			});
		}
	});
	return problems;
}

/** Why a metric id is not known, with the closest known id; null when it is known. */
export function unknownMetric(
	name: string,
	metrics: ReadonlyMap<string, MetricDefinition>
): Problem | null {
	if (metrics.has(name) || isTimingMetric(name)) return null;
	const near = closestName(name, [...metrics.keys(), ...TIMING_METRIC_IDS]);
	return near
		? problem('problem_metric_unknown_close', { name, close: near })
		: problem('problem_metric_unknown', { name });
}
