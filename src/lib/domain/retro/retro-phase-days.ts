import { daysInRange } from '../scoring/date-range';
import type { PhaseTiming } from '../timeline/phase-timeline';

/** A count of days in words: "1 day", "2 days". */
export function formatDayCount(days: number): string {
	return `${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}

/** Days after (positive) or before (negative) plan, in words: "2 days late", "on time". */
export function formatOffPlan(days: number): string {
	if (days === 0) return 'on time';
	return `${formatDayCount(Math.abs(days))} ${days > 0 ? 'late' : 'early'}`;
}

/**
 * Days a phase started after its planned start (negative: early); null until it starts.
 * The same calendar-day count as its slip (`buildPhaseTimeline`).
 */
export function startDelayOf(phase: PhaseTiming): number | null {
	if (phase.actualStart === null) return null;
	const { plannedStart: planned, actualStart: actual } = phase;
	return planned <= actual ? daysInRange(planned, actual) - 1 : 1 - daysInRange(actual, planned);
}
