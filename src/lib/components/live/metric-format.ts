import type { ValueFormat } from '$lib/charts/format';
import type { MetricUnit } from '$lib/domain/chart-metrics';

/**
 * How to write a metric's values: its unit, money in the reporting currency (spikes, cards
 * and logs read converted values), in the reader's locale; an unknown metric as a count.
 */
export function metricFormatter(
	units: Readonly<Record<string, MetricUnit>>,
	reportingCurrency: string,
	locale: string
): (metric: string) => ValueFormat {
	return (metric) => {
		const unit = units[metric] ?? 'count';
		return unit === 'currency'
			? { unit, currency: reportingCurrency, locale, compact: true }
			: { unit, locale, compact: unit === 'count' };
	};
}
