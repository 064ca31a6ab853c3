import type { MetricUnit } from '$lib/domain/chart-metrics';
import type { AppContext } from '../app-context';
import { campaignMetricSources } from './score-service';

/** The unit of every metric a campaign knows (built-in and its own), for writing its values. */
export function metricUnits(context: AppContext, campaignId: string): Record<string, MetricUnit> {
	const units: Record<string, MetricUnit> = {};
	for (const [id, source] of campaignMetricSources(context, campaignId)) {
		if ('unit' in source) units[id] = (source as { unit: MetricUnit }).unit;
	}
	return units;
}
