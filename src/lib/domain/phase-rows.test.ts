import { describe, expect, it } from 'vitest';
import { newPhaseId, phasesOutsideDates, readPhaseRows, type PhaseRow } from './phase-rows';

const dates = { start: '2026-09-28', end: '2026-11-22' };
const row = (label: string, start: string, end: string, id = ''): PhaseRow => ({
	id,
	label,
	start,
	end
});

describe('reading planned phases', () => {
	it('keeps existing ids, names new phases after their label and returns them in date order', () => {
		expect(
			readPhaseRows(
				[
					row('Live', '2026-11-09', '2026-11-22'),
					row('Alignment', '2026-09-28', '2026-10-11', 'alignment'),
					row('', '', ''),
					row('Sourcing & briefing', '2026-10-12', '2026-11-08')
				],
				dates
			)
		).toEqual({
			ok: true,
			value: [
				{ id: 'alignment', label: 'Alignment', start: '2026-09-28', end: '2026-10-11' },
				{
					id: 'sourcing_briefing',
					label: 'Sourcing & briefing',
					start: '2026-10-12',
					end: '2026-11-08'
				},
				{ id: 'live', label: 'Live', start: '2026-11-09', end: '2026-11-22' }
			]
		});
	});

	it('refuses two phases that share a day, naming the one overlapped', () => {
		expect(
			readPhaseRows(
				[
					row('Soft launch', '2026-11-02', '2026-11-09'),
					row('Live', '2026-11-09', '2026-11-22'),
					row('Sourcing', '2026-10-12', '2026-11-01')
				],
				dates
			)
		).toEqual({
			ok: false,
			errors: {
				'phase.1.start': {
					code: 'problem_phase_overlaps',
					params: { phase: 'Soft launch', end: '2026-11-09' }
				}
			}
		});
	});

	it('refuses a phase outside the campaign dates, one ending before it starts and bad dates', () => {
		expect(
			readPhaseRows(
				[
					row('Early', '2026-09-01', '2026-09-30'),
					row('Late', '2026-11-20', '2026-12-01'),
					row('Backwards', '2026-10-10', '2026-10-05'),
					row('', '2026-10-20', '2026-02-30')
				],
				dates
			)
		).toEqual({
			ok: false,
			errors: {
				'phase.0.start': {
					code: 'problem_phase_before_campaign',
					params: { start: '2026-09-28' }
				},
				'phase.1.end': { code: 'problem_phase_after_campaign', params: { end: '2026-11-22' } },
				'phase.2.end': { code: 'problem_phase_ends_before_start' },
				'phase.3.label': { code: 'problem_phase_label_missing', params: { minimum: 1 } },
				'phase.3.end': { code: 'problem_date_invalid' }
			}
		});
	});

	it('takes any dates when the campaign has none', () => {
		const read = readPhaseRows([row('Pilot', '2025-01-01', '2025-01-31')], {});
		expect(read.ok).toBe(true);
	});

	it('tells which phase new campaign dates would leave outside', () => {
		const phases = [
			{ id: 'a', label: 'Alignment', start: '2026-09-28', end: '2026-10-11' },
			{ id: 'l', label: 'Live', start: '2026-11-09', end: '2026-11-22' }
		];
		expect(phasesOutsideDates(phases, { start: '2026-10-01', end: '2026-11-30' })).toEqual({
			field: 'start',
			problem: {
				code: 'problem_phase_starts_outside',
				params: { phase: 'Alignment', start: '2026-09-28' }
			}
		});
		expect(phasesOutsideDates(phases, { start: '2026-09-01', end: '2026-11-15' })).toEqual({
			field: 'end',
			problem: { code: 'problem_phase_ends_outside', params: { phase: 'Live', end: '2026-11-22' } }
		});
		expect(phasesOutsideDates(phases, { start: '2026-09-28' })).toBeNull();
	});

	it('makes phase ids from labels, unique among those taken', () => {
		expect(newPhaseId('Lançamento suave', new Set())).toBe('lancamento_suave');
		expect(newPhaseId('Live', new Set(['live', 'live_2']))).toBe('live_3');
		expect(newPhaseId('¡!', new Set())).toBe('phase');
	});
});
