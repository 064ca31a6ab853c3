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
			const near = closestName(kpi.metric, campaign.metrics.keys());
			problems.push({
				path: `kpis.${index}.metric`,
				message: `Unknown metric \`${kpi.metric}\`${near ? ` — did you mean \`${near}\`?` : '.'}`
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
