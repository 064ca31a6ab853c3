import { describe, expect, it } from 'vitest';
import { actualPhaseField, droppedPhasesWithActuals, readActualPhases } from './actual-phases';
import type { Campaign } from './campaign';

const campaign: Campaign = {
	id: 'launch',
	name: 'Launch',
	reportingCurrency: 'USD',
	markets: [
		{ code: 'US', name: 'US', currency: 'USD', timeZone: 'America/New_York', locale: 'en-US' },
		{ code: 'BR', name: 'BR', currency: 'BRL', timeZone: 'America/Sao_Paulo', locale: 'pt-BR' }
	],
	budgets: {},
	phases: [
		{ id: 'sourcing', label: 'Sourcing', start: '2026-10-12', end: '2026-11-01' },
		{ id: 'live', label: 'Live', start: '2026-11-09', end: '2026-11-22' }
	]
};

describe('actual phase dates per market', () => {
	it('reads typed dates, a phase without an end still running, and leaves out untouched markets', () => {
		const result = readActualPhases(campaign, {
			[actualPhaseField('BR', 'sourcing', 'start')]: '2026-10-14',
			[actualPhaseField('BR', 'sourcing', 'end')]: '2026-11-05',
			[actualPhaseField('BR', 'live', 'start')]: '2026-11-12',
			[actualPhaseField('BR', 'live', 'end')]: '',
			[actualPhaseField('US', 'live', 'start')]: ''
		});
		expect(result).toEqual({
			ok: true,
			value: {
				BR: [
					{ phaseId: 'sourcing', start: '2026-10-14', end: '2026-11-05' },
					{ phaseId: 'live', start: '2026-11-12' }
				]
			}
		});
	});

	it('refuses an end without a start, an end before its start and a date that does not exist', () => {
		expect(
			readActualPhases(campaign, {
				'actual.US.sourcing.end': '2026-11-01',
				'actual.US.live.start': '2026-11-20',
				'actual.US.live.end': '2026-11-10',
				'actual.BR.live.start': '2026-11-31'
			})
		).toEqual({
			ok: false,
			errors: {
				'actual.US.sourcing.start': {
					code: 'problem_actual_start_missing',
					params: { phase: 'Sourcing', market: 'US' }
				},
				'actual.US.live.end': { code: 'problem_phase_ends_before_start' },
				'actual.BR.live.start': { code: 'problem_date_invalid' }
			}
		});
	});

	it('will not drop a planned phase some market has actual dates for', () => {
		const withActuals: Campaign = {
			...campaign,
			actualPhases: { BR: [{ phaseId: 'sourcing', start: '2026-10-14' }] }
		};
		expect(droppedPhasesWithActuals(withActuals, [campaign.phases[1]!])).toEqual({
			code: 'problem_phase_has_actuals',
			params: { phase: 'Sourcing', markets: 'BR' }
		});
		expect(droppedPhasesWithActuals(withActuals, [campaign.phases[0]!])).toBeNull();
		expect(droppedPhasesWithActuals(campaign, [])).toBeNull();
	});
});
