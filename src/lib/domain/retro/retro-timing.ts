import type { MarketTimeline } from '../timeline/campaign-timeline';
import type { PhaseTiming } from '../timeline/phase-timeline';
import type { RetroSlip, RetroTiming } from './retro-document';
import { formatDayCount, formatOffPlan, startDelayOf } from './retro-phase-days';
import { phaseBuffers } from './retro-timing-buffer';
import { timingCost } from './retro-timing-cost';

/** A market as the timing section names it. */
export interface RetroTimingMarket {
	code: string;
	name: string;
}

/**
 * The retrospective's timing section, from every market's timeline: each phase that ended
 * late and what it did to the phase after it, what the slips cost in days and in the timing
 * metrics, and the buffer per phase the next campaign should plan. A phase without an actual
 * end is "not recorded", never on time.
 */
export function buildRetroTiming(
	markets: readonly RetroTimingMarket[],
	timelines: readonly MarketTimeline[]
): RetroTiming {
	const named = timelines.map((timeline) => ({
		...timeline,
		name: markets.find((m) => m.code === timeline.market)?.name ?? timeline.market
	}));
	return {
		slipped: slipped(named),
		cost: timingCost(named),
		buffer: phaseBuffers(named)
	};
}

function slipped(
	timelines: readonly (MarketTimeline & { name: string })[]
): RetroTiming['slipped'] {
	const phaseCount = timelines[0]?.phases.length ?? 0;
	if (phaseCount === 0) {
		return {
			text: ['The campaign plans no phases, so there is nothing to measure a slip against.'],
			rows: []
		};
	}
	if (timelines.every(({ phases }) => phases.every((p) => p.actualStart === null))) {
		return { text: ['No market has recorded when its phases ran yet.'], rows: [] };
	}
	const rows = timelines.flatMap(({ market, name, phases }) =>
		phases.flatMap((phase, i): RetroSlip[] =>
			phase.slipDays !== null && phase.slipDays > 0
				? [
						{
							market,
							name,
							phase: phase.phase,
							label: phase.label,
							plannedEnd: phase.plannedEnd,
							actualEnd: phase.actualEnd!,
							lateBy: formatDayCount(phase.slipDays),
							next: nextOf(phases[i + 1])
						}
					]
				: []
		)
	);
	const lateMarkets = [...new Set(rows.map((row) => row.market))];
	const text =
		rows.length === 0
			? ['No recorded phase ended late.']
			: [
					`${count(rows.length, 'phase')} ended late, in ${count(lateMarkets.length, 'market')} (${lateMarkets.join(', ')}). ` +
						'The phase after a late one was squeezed when it started late and ran shorter than planned (the days it lost are the buffer it used), ' +
						'pushed when it started late and ended late as well.'
				];
	const unrecorded = notRecorded(timelines);
	return { text: unrecorded ? [...text, unrecorded] : text, rows };
}

/** What happened to the phase after a late one. */
function nextOf(next: PhaseTiming | undefined): RetroSlip['next'] {
	if (!next) return null;
	const at = { phase: next.phase, label: next.label };
	const delay = startDelayOf(next);
	if (delay === null) return { ...at, effect: 'not_recorded', text: 'not recorded' };
	const started = `started ${formatOffPlan(delay)}`;
	if (next.slipDays === null || next.bufferUsedDays === null) {
		return { ...at, effect: 'not_recorded', text: `${started}; its end is not recorded` };
	}
	const ended = formatOffPlan(next.slipDays);
	if (next.bufferUsedDays > 0) {
		const lost = formatDayCount(next.bufferUsedDays);
		return {
			...at,
			effect: 'squeezed',
			text:
				next.slipDays > 0
					? `squeezed: ${started}, lost ${lost} and still ended ${ended}`
					: `squeezed: ${started} and ended ${ended}, ${lost} of it lost`
		};
	}
	if (next.slipDays > 0) {
		return delay > 0
			? { ...at, effect: 'pushed', text: `pushed: ${started} and ended ${ended}` }
			: { ...at, effect: 'late', text: `${started} and overran by itself: ended ${ended}` };
	}
	return { ...at, effect: 'not_affected', text: `not affected: ${started}, ended ${ended}` };
}

/** The phases with no actual end yet, market by market; null when every phase has one. */
function notRecorded(timelines: readonly MarketTimeline[]): string | null {
	const parts = timelines.flatMap(({ market, phases }) => {
		const open = phases.filter((p) => p.actualEnd === null);
		if (open.length === 0) return [];
		const which =
			open.length === phases.length ? 'every phase' : open.map((p) => p.label).join(', ');
		return [`${market}: ${which}`];
	});
	return parts.length > 0 ? `Not recorded yet (no actual end): ${parts.join('; ')}.` : null;
}

function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
