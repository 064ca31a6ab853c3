/** How a metric's values are written. */
export type MetricUnit = 'count' | 'percent' | 'currency' | 'ratio';

/** A metric the live chart can plot per market and day. */
export interface ChartMetric {
	id: string;
	label: string;
	unit: MetricUnit;
	/** Measures summed per day; the value is numerator / denominator (× scale) or the numerator alone. */
	numerator: readonly string[];
	denominator?: readonly string[];
	scale?: number;
	/** Money metrics are converted to the reporting currency through the FX table. */
	money?: boolean;
}

/**
 * The live chart's metrics: additive measures and the common ratios, each a ratio of sums
 * over the day's rows (never an average of per-row ratios).
 */
export const CHART_METRICS: readonly ChartMetric[] = [
	{ id: 'impressions', label: 'Impressions', unit: 'count', numerator: ['impressions'] },
	{ id: 'views', label: 'Views', unit: 'count', numerator: ['views'] },
	{
		id: 'engagements',
		label: 'Engagements',
		unit: 'count',
		numerator: ['likes', 'comments', 'shares', 'saves']
	},
	{ id: 'clicks', label: 'Clicks', unit: 'count', numerator: ['clicks'] },
	{ id: 'conversions', label: 'Conversions', unit: 'count', numerator: ['conversions'] },
	{ id: 'spend', label: 'Spend', unit: 'currency', numerator: ['spend'], money: true },
	{
		id: 'er_impressions',
		label: 'Engagement rate by impressions',
		unit: 'percent',
		numerator: ['likes', 'comments', 'shares', 'saves'],
		denominator: ['impressions']
	},
	{ id: 'ctr', label: 'CTR', unit: 'percent', numerator: ['clicks'], denominator: ['impressions'] },
	{
		id: 'cpm',
		label: 'CPM',
		unit: 'currency',
		numerator: ['spend'],
		denominator: ['impressions'],
		scale: 1000,
		money: true
	}
];

/** The metric with this id, or the first one. */
export function chartMetric(id: string | null | undefined): ChartMetric {
	return CHART_METRICS.find((m) => m.id === id) ?? CHART_METRICS[0]!;
}
