import type { MetricUnit } from '../chart-metrics';

/** The ids of the built-in timing metrics. */
export const TIMING_METRIC_IDS = [
	'sourcing_days_to_agree_network',
	'sourcing_days_to_agree_cold',
	'approval_hours_median',
	'approval_hours_p90',
	'revision_rounds',
	'first_time_approval_share',
	'content_late_share'
] as const;
export type TimingMetricId = (typeof TIMING_METRIC_IDS)[number];

/**
 * A built-in metric measured on the campaign's sourcing and approval records rather than
 * compiled from a formula over the facts. A definition's KPI names it like any metric; its
 * `unit` is the target unit a KPI states (`ratio` targets hold for any range, as these do),
 * and `measure` says what the number counts, for display.
 */
export interface TimingMetricDefinition {
	id: TimingMetricId;
	label: string;
	unit: Extract<MetricUnit, 'ratio' | 'percent'>;
	measure: 'hours' | 'working_days' | 'rounds' | 'share';
	direction: 'higher' | 'lower';
	family: string;
	description: string;
}

/** The timing metrics, in the order the timeline lists them. */
export const TIMING_METRICS: readonly TimingMetricDefinition[] = [
	{
		id: 'sourcing_days_to_agree_network',
		label: 'Days to agree (existing network)',
		unit: 'ratio',
		measure: 'working_days',
		direction: 'lower',
		family: 'sourcing_days_to_agree_network',
		description:
			"Median working days, in the market's calendar, from first contact to agreement of the creators sourced through the existing network."
	},
	{
		id: 'sourcing_days_to_agree_cold',
		label: 'Days to agree (cold outreach)',
		unit: 'ratio',
		measure: 'working_days',
		direction: 'lower',
		family: 'sourcing_days_to_agree_cold',
		description:
			"Median working days, in the market's calendar, from first contact to agreement of the creators sourced by cold outreach."
	},
	{
		id: 'approval_hours_median',
		label: 'Approval cycle time (median)',
		unit: 'ratio',
		measure: 'hours',
		direction: 'lower',
		family: 'approval_cycle_time',
		description:
			'Median hours from the first submission of a piece of content to its approval, revision rounds included.'
	},
	{
		id: 'approval_hours_p90',
		label: 'Approval cycle time (90th percentile)',
		unit: 'ratio',
		measure: 'hours',
		direction: 'lower',
		family: 'approval_cycle_time',
		description:
			'Hours from first submission to approval that nine pieces in ten stay within (linear interpolation between ranks).'
	},
	{
		id: 'revision_rounds',
		label: 'Revision rounds per piece',
		unit: 'ratio',
		measure: 'rounds',
		direction: 'lower',
		family: 'revision_rounds',
		description:
			'Mean number of times changes were requested on a piece of content, over the pieces reviewed.'
	},
	{
		id: 'first_time_approval_share',
		label: 'Approved first time',
		unit: 'percent',
		measure: 'share',
		direction: 'higher',
		family: 'first_time_approval_share',
		description: 'Share of the pieces reviewed whose first submission was approved.'
	},
	{
		id: 'content_late_share',
		label: 'Content approved late',
		unit: 'percent',
		measure: 'share',
		direction: 'lower',
		family: 'content_late_share',
		description:
			"Share of the approved pieces approved after the day they were due to go live (their own due day, else the market's go-live), in the market's calendar."
	}
];

const BY_ID = new Map<string, TimingMetricDefinition>(TIMING_METRICS.map((m) => [m.id, m]));

/** The timing metric with this id, or undefined. */
export function timingMetric(id: string): TimingMetricDefinition | undefined {
	return BY_ID.get(id);
}

/** True when an id names a timing metric. */
export function isTimingMetric(id: string): id is TimingMetricId {
	return BY_ID.has(id);
}
