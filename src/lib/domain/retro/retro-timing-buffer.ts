import type { MarketTimeline } from '../timeline/campaign-timeline';
import type { RetroPhaseBuffer, RetroTiming } from './retro-document';
import { formatDayCount } from './retro-phase-days';

/** The rule the buffers follow, said where they are shown so that a reader can check them. */
export const BUFFER_RULE =
	"The buffer to plan for a phase is the largest number of days any market ended it after its planned end in this campaign (0 when none ended late; an early end counts as 0). Per market, each market's own slip, shown where the markets differ. A phase no market has finished is not recorded.";

/**
 * The buffer the next campaign should plan per phase: the largest slip any market had in it
 * (`BUFFER_RULE`), with each market's own where they differ.
 */
export function phaseBuffers(timelines: readonly MarketTimeline[]): RetroTiming['buffer'] {
	const planned = timelines[0]?.phases ?? [];
	if (planned.length === 0) {
		return { text: ['The campaign plans no phases, so there is no buffer to suggest.'], rows: [] };
	}
	return {
		text: [BUFFER_RULE],
		rows: planned.map((phase, i): RetroPhaseBuffer => {
			const own = timelines.map(({ market, phases }) => {
				const slip = phases[i]?.slipDays ?? null;
				return { market, days: slip === null ? null : Math.max(0, slip) };
			});
			const recorded = own.flatMap((o) => (o.days === null ? [] : [o.days]));
			const largest = recorded.length > 0 ? Math.max(...recorded) : null;
			return {
				phase: phase.phase,
				label: phase.label,
				days: largest === null ? 'not recorded' : formatDayCount(largest),
				largestIn:
					largest === null || largest === 0
						? 'none ended late'
						: own
								.filter((o) => o.days === largest)
								.map((o) => o.market)
								.join(', '),
				perMarket: perMarket(own)
			};
		})
	};
}

/** Markets grouped by their own buffer, the largest first and "not recorded" last. */
function perMarket(own: readonly { market: string; days: number | null }[]): string {
	const values = [...new Set(own.map((o) => o.days))].sort((a, b) => (b ?? -1) - (a ?? -1));
	if (values.length === 1) {
		return values[0] === null ? 'not recorded in any market' : 'the same in every market';
	}
	return values
		.map((days) => {
			const markets = own.filter((o) => o.days === days).map((o) => o.market);
			return `${markets.join(', ')}: ${days === null ? 'not recorded' : formatDayCount(days)}`;
		})
		.join('; ');
}
