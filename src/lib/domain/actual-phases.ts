import type { ActualPhase, Campaign, Phase } from './campaign';
import { isIsoDate } from './market-fields';
import { problem, type Problem } from './problem';

/** The form field of one market's actual start or end of one planned phase. */
export function actualPhaseField(market: string, phaseId: string, end: 'start' | 'end'): string {
	return `actual.${market}.${phaseId}.${end}`;
}

/** The actual phase dates of a campaign per market, none when it has recorded none. */
export function actualPhasesOf(campaign: Campaign): Record<string, ActualPhase[]> {
	return campaign.actualPhases ?? {};
}

/**
 * Reads the actual phase dates typed for each market and planned phase. Both dates may be left
 * empty (not started); an end needs a start and cannot come before it. Markets with nothing
 * typed are left out.
 */
export function readActualPhases(
	campaign: Campaign,
	values: Readonly<Record<string, string | undefined>>
):
	| { ok: true; value: Record<string, ActualPhase[]> }
	| { ok: false; errors: Record<string, Problem> } {
	const errors: Record<string, Problem> = {};
	const result: Record<string, ActualPhase[]> = {};
	for (const market of campaign.markets) {
		const phases: ActualPhase[] = [];
		for (const phase of campaign.phases) {
			const startField = actualPhaseField(market.code, phase.id, 'start');
			const endField = actualPhaseField(market.code, phase.id, 'end');
			const start = (values[startField] ?? '').trim();
			const end = (values[endField] ?? '').trim();
			if (start && !isIsoDate(start)) errors[startField] = problem('problem_date_invalid');
			if (end && !isIsoDate(end)) errors[endField] = problem('problem_date_invalid');
			if (errors[startField] || errors[endField]) continue;
			if (end && !start) {
				errors[startField] = problem('problem_actual_start_missing', {
					phase: phase.label,
					market: market.code
				});
				continue;
			}
			if (start && end && end < start) {
				errors[endField] = problem('problem_phase_ends_before_start');
				continue;
			}
			if (start)
				phases.push(end ? { phaseId: phase.id, start, end } : { phaseId: phase.id, start });
		}
		if (phases.length > 0) result[market.code] = phases;
	}
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: result };
}

/**
 * A planned phase that new phases drop while some market recorded actual dates for it, as a
 * problem naming it and those markets; null when none. Actual dates are history and are not
 * dropped with a phase.
 */
export function droppedPhasesWithActuals(
	campaign: Campaign,
	phases: readonly Phase[]
): Problem | null {
	const kept = new Set(phases.map((p) => p.id));
	for (const phase of campaign.phases) {
		if (kept.has(phase.id)) continue;
		const markets = Object.entries(actualPhasesOf(campaign))
			.filter(([, actuals]) => actuals.some((a) => a.phaseId === phase.id))
			.map(([code]) => code);
		if (markets.length > 0) {
			return problem('problem_phase_has_actuals', {
				phase: phase.label,
				markets: markets.join(', ')
			});
		}
	}
	return null;
}
