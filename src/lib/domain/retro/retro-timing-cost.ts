import type { MarketTimeline } from '../timeline/campaign-timeline';
import { quantile } from '../timeline/compute-timing';
import { TIMING_METRICS, type TimingMetricDefinition } from '../timeline/timing-metrics';
import type { RetroMarketTimingCost, RetroTiming } from './retro-document';
import { formatAmount, formatChange, formatShare, NO_VALUE } from './retro-format';
import { formatDayCount, formatOffPlan, startDelayOf } from './retro-phase-days';

type NamedTimeline = MarketTimeline & { name: string };

/**
 * What the slips cost: per market, the phases that ended late, the days later phases lost to
 * the squeeze, how late the last phase (go-live) started and the days of it lost; then every
 * timing metric per market, and each market with a late phase set against the median of the
 * markets that ran to plan, on the metrics where it did worse. No money is put on a day.
 */
export function timingCost(timelines: readonly NamedTimeline[]): RetroTiming['cost'] {
	const last = timelines[0]?.phases.at(-1);
	const late = timelines.filter(({ phases }) => phases.some((p) => (p.slipDays ?? 0) > 0));
	// A market ran to plan when every phase has an actual end and none ended late.
	const onPlan = timelines.filter(
		({ phases }) => phases.length > 0 && phases.every((p) => p.slipDays !== null && p.slipDays <= 0)
	);
	const baseline = late.length > 0 && onPlan.length > 0 ? onPlan : null;
	const hasRecords = timelines.some(({ timing }) => Object.values(timing).some((v) => v !== null));
	return {
		text: last
			? [
					`Go-live is the start of the last planned phase, ${last.label}. Days squeezed out are the days phases ran shorter than planned because they started late; the last column counts those of ${last.label}.`
				]
			: ['The campaign plans no phases, so no days can be counted as lost.'],
		markets: last ? timelines.map(marketCost) : [],
		metricsText: metricsText(hasRecords, late.length > 0, baseline),
		columns: hasRecords
			? [...timelines.map((t) => t.market), ...(baseline ? ['Ran to plan (median)'] : [])]
			: [],
		metrics: hasRecords
			? TIMING_METRICS.map((metric) => ({
					metric: metric.id,
					label: metric.label,
					values: [
						...timelines.map((t) => formatTiming(t.timing[metric.id], metric)),
						...(baseline ? [formatTiming(medianOf(baseline, metric), metric)] : [])
					]
				}))
			: [],
		comparisons:
			hasRecords && baseline
				? late.map((t) => ({ market: t.market, name: t.name, text: comparison(t, baseline) }))
				: []
	};
}

function marketCost({ market, name, phases }: NamedTimeline): RetroMarketTimingCost {
	const last = phases.at(-1)!;
	const ended = phases.filter((p) => p.slipDays !== null);
	const open = phases.length - ended.length;
	const lateCount = ended.filter((p) => p.slipDays! > 0).length;
	const goLiveDelay = startDelayOf(last);
	return {
		market,
		name,
		phasesLate:
			ended.length === 0
				? 'not recorded'
				: `${lateCount}${open > 0 ? ` (${open} not recorded)` : ''}`,
		squeezed:
			ended.length === 0
				? 'not recorded'
				: formatDayCount(ended.reduce((sum, p) => sum + p.bufferUsedDays!, 0)),
		goLive:
			goLiveDelay === null
				? 'not recorded'
				: goLiveDelay > 0
					? `${formatOffPlan(goLiveDelay)} (${last.actualStart}, planned ${last.plannedStart})`
					: formatOffPlan(goLiveDelay),
		lastPhaseLost:
			last.bufferUsedDays === null ? 'not recorded' : formatDayCount(last.bufferUsedDays)
	};
}

function metricsText(
	hasRecords: boolean,
	anyLate: boolean,
	baseline: readonly NamedTimeline[] | null
): string[] {
	if (!hasRecords) return ['No sourcing or approval records, so there are no timing metrics.'];
	const intro = 'The timing metrics, per market, from the sourcing and approval records.';
	if (baseline) {
		return [
			`${intro} The last column is the median of the markets where every phase is recorded and none ended late (${baseline.map((t) => t.market).join(', ')}). Each market with a late phase is set against it, on the metrics where it did worse.`
		];
	}
	return anyLate
		? [`${intro} No market ran wholly to plan, so there is none to set the late ones against.`]
		: [intro];
}

/** The metrics on which a late market did worse than the median of those that ran to plan. */
function comparison(market: NamedTimeline, baseline: readonly NamedTimeline[]): string {
	if (Object.values(market.timing).every((v) => v === null)) {
		return 'No sourcing or approval records to compare.';
	}
	const worse = TIMING_METRICS.flatMap((metric) => {
		const value = market.timing[metric.id];
		const median = medianOf(baseline, metric);
		if (value === null || median === null) return [];
		const gap = value - median;
		// A gap left by floating-point sums alone is no difference.
		if (Math.abs(gap) < 1e-9) return [];
		if (metric.direction === 'lower' ? gap < 0 : gap > 0) return [];
		const change =
			metric.measure === 'share'
				? formatChange(gap, 'percent', '')
				: `${formatChange(gap, 'ratio', '')}${unitSuffix(metric)}`;
		return [
			`${metric.label} ${formatTiming(value, metric)} against ${formatTiming(median, metric)} (${change})`
		];
	});
	return worse.length > 0
		? `${worse.join('; ')}.`
		: 'No timing metric worse than the markets that ran to plan.';
}

function medianOf(timelines: readonly NamedTimeline[], metric: TimingMetricDefinition) {
	return quantile(
		timelines.flatMap((t) => t.timing[metric.id] ?? []),
		0.5
	);
}

/** A timing metric as the timeline writes it: "52 h", "6.28 working days", "1.06", "10%". */
function formatTiming(value: number | null, metric: TimingMetricDefinition): string {
	if (value === null) return NO_VALUE;
	if (metric.measure === 'share') return formatShare(value);
	return `${formatAmount(value, 'ratio', '')}${unitSuffix(metric)}`;
}

function unitSuffix(metric: TimingMetricDefinition): string {
	if (metric.measure === 'hours') return ' h';
	if (metric.measure === 'working_days') return ' working days';
	return '';
}
