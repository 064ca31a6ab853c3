import type { MarketTimeline } from '$lib/domain/timeline/campaign-timeline';
import { TIMING_METRICS, type TimingMetricDefinition } from '$lib/domain/timeline/timing-metrics';

/** One phase of `parallax timeline --json`. */
export interface TimelinePhaseJson {
	phase: string;
	planned_start: string;
	planned_end: string;
	actual_start: string | null;
	actual_end: string | null;
	slip_days: number | null;
	buffer_used_days: number | null;
}

/** The JSON document of `parallax timeline --json`. */
export interface TimelineDocument {
	markets: {
		market: string;
		phases: TimelinePhaseJson[];
		/** Every timing metric by id; null when the market's records give none. */
		timing: Record<string, number | null>;
	}[];
}

/** The campaign timeline as the command line prints it, timing values to four decimals. */
export function timelineDocument(markets: readonly MarketTimeline[]): TimelineDocument {
	return {
		markets: markets.map(({ market, phases, timing }) => ({
			market,
			phases: phases.map((p) => ({
				phase: p.phase,
				planned_start: p.plannedStart,
				planned_end: p.plannedEnd,
				actual_start: p.actualStart,
				actual_end: p.actualEnd,
				slip_days: p.slipDays,
				buffer_used_days: p.bufferUsedDays
			})),
			timing: Object.fromEntries(
				TIMING_METRICS.map(({ id }) => [
					id,
					timing[id] === null ? null : Math.round(timing[id] * 1e4) / 1e4
				])
			)
		}))
	};
}

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** The timeline as text: per market, its phases and then its timing metrics. */
export function formatTimeline(document: TimelineDocument): string {
	const blocks = document.markets.map(({ market, phases, timing }) => {
		const rows = phases.map(
			(p) =>
				`  ${p.phase.padEnd(14)} planned ${p.planned_start}..${p.planned_end}  actual ${p.actual_start ?? '—'}..${p.actual_end ?? '—'}  slip ${p.slip_days ?? '—'}  buffer used ${p.buffer_used_days ?? '—'}`
		);
		const metrics = TIMING_METRICS.map(
			(metric) => `  ${metric.label}: ${formatValue(timing[metric.id] ?? null, metric)}`
		);
		return [market, ...rows, ...metrics].join('\n');
	});
	return blocks.join('\n\n');
}

function formatValue(value: number | null, metric: TimingMetricDefinition): string {
	if (value === null) return '—';
	if (metric.measure === 'share') return `${number.format(value * 100)}%`;
	if (metric.measure === 'hours') return `${number.format(value)} h`;
	if (metric.measure === 'working_days') return `${number.format(value)} working days`;
	return number.format(value);
}
