import { actualPhasesOf } from '../actual-phases';
import type { Campaign } from '../campaign';
import { daysInRange } from '../scoring/date-range';

/** One planned phase of one market against when it really ran. */
export interface PhaseTiming {
	phase: string;
	label: string;
	plannedStart: string;
	plannedEnd: string;
	/** Null until the market records the phase's start. */
	actualStart: string | null;
	/** Null while the phase runs (or before it starts). */
	actualEnd: string | null;
	/** Days the phase ended after its planned end (negative: early); null without an actual end. */
	slipDays: number | null;
	/**
	 * Days of a late start the phase absorbed by running shorter than planned, so that they
	 * were not passed on: the squeeze an overrun before it caused. Null until the phase ends.
	 */
	bufferUsedDays: number | null;
}

/** Every phase of one market, planned against actual. */
export interface MarketPhases {
	market: string;
	phases: PhaseTiming[];
}

/**
 * Planned against actual phases for every market of a campaign: the planned dates are the
 * campaign's, the actual ones each market's (`actualPhases` in its settings).
 *
 * `slipDays` is actual end − planned end in calendar days. `bufferUsedDays` is
 * max(0, start delay − max(0, slip)), the start delay being max(0, actual start − planned start):
 * a phase that starts two days late and still ends on time used two days of its own length as
 * buffer (it was squeezed); one that starts two days late and ends two days late used none and
 * passed the delay on.
 */
export function buildPhaseTimeline(campaign: Campaign): MarketPhases[] {
	const actuals = actualPhasesOf(campaign);
	return campaign.markets.map(({ code }) => ({
		market: code,
		phases: campaign.phases.map((planned): PhaseTiming => {
			const actual = actuals[code]?.find((a) => a.phaseId === planned.id);
			const actualStart = actual?.start ?? null;
			const actualEnd = actual?.end ?? null;
			const slipDays = actualEnd === null ? null : daysFrom(planned.end, actualEnd);
			const startDelay =
				actualStart === null ? 0 : Math.max(0, daysFrom(planned.start, actualStart));
			return {
				phase: planned.id,
				label: planned.label,
				plannedStart: planned.start,
				plannedEnd: planned.end,
				actualStart,
				actualEnd,
				slipDays,
				bufferUsedDays: slipDays === null ? null : Math.max(0, startDelay - Math.max(0, slipDays))
			};
		})
	}));
}

/**
 * The day a market's content goes live: the start of the campaign's last planned phase, the
 * market's actual start when it recorded one; null for a campaign without phases.
 */
export function goLiveOf(campaign: Campaign, market: string): string | null {
	const last = campaign.phases.at(-1);
	if (!last) return null;
	const actual = actualPhasesOf(campaign)[market]?.find((a) => a.phaseId === last.id);
	return actual?.start ?? last.start;
}

/** Days from one date to another (negative when `to` is earlier). */
function daysFrom(from: string, to: string): number {
	return from <= to ? daysInRange(from, to) - 1 : -(daysInRange(to, from) - 1);
}
