import type { DefinitionContent } from './definitions';
import type { MetricDefinition } from './metrics/catalog';
import { closestName } from './metrics/suggest';

/** A problem with a definition that its schema cannot see: it names things of the campaign. */
export interface DefinitionProblem {
	/** Inside the definition, dot-separated: `kpis.1.metric`. */
	path: string;
	message: string;
}

/**
 * Checks a definition against its campaign: every market is the campaign's, every KPI's
 * metric exists (with the closest id suggested) and its target is in the metric's unit.
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
				message: `${market} is not a market of this campaign (${campaign.markets.join(', ')}).`
			});
		}
	});
	definition.kpis.forEach((kpi, index) => {
		const metric = campaign.metrics.get(kpi.metric);
		if (!metric) {
			problems.push({
				path: `kpis.${index}.metric`,
				message: unknownMetric(kpi.metric, campaign.metrics)!
			});
			return;
		}
		if (metric.unit !== kpi.unit) {
			problems.push({
				path: `kpis.${index}.unit`,
				message: `${metric.id} is measured as ${metric.unit}; set the target's unit to ${metric.unit}.`
			});
		}
	});
	return problems;
}

/** Why a metric id is not known, with the closest known id; null when it is known. */
export function unknownMetric(
	name: string,
	metrics: ReadonlyMap<string, MetricDefinition>
): string | null {
	if (metrics.has(name)) return null;
	const near = closestName(name, metrics.keys());
	return `Unknown metric \`${name}\`${near ? ` — did you mean \`${near}\`?` : '.'}`;
}
