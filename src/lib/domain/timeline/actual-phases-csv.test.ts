import { describe, expect, it } from 'vitest';
import type { Campaign } from '../campaign';
import { readActualPhasesCsv } from './actual-phases-csv';

const campaign: Campaign = {
	id: 'launch',
	name: 'Launch',
	reportingCurrency: 'USD',
	markets: [
		{ code: 'US', name: 'US', currency: 'USD', timeZone: 'America/New_York', locale: 'en-US' },
		{ code: 'CO', name: 'CO', currency: 'COP', timeZone: 'America/Bogota', locale: 'es-CO' }
	],
	budgets: {},
	phases: [
		{ id: 'sourcing', label: 'Sourcing', start: '2026-10-12', end: '2026-11-01' },
		{ id: 'soft_launch', label: 'Soft launch', start: '2026-11-02', end: '2026-11-08' },
		{ id: 'live', label: 'Live', start: '2026-11-09', end: '2026-11-22' }
	],
	actualPhases: { US: [{ phaseId: 'sourcing', start: '2026-10-12', end: '2026-11-01' }] }
};

const csv = (...lines: string[]) => lines.join('\n') + '\n';

describe('reading actual phase dates', () => {
	it('refuses overlapping, unknown and backwards phases with reasons and merges the rest', () => {
		const read = readActualPhasesCsv(
			csv(
				'market,phase,actual_start,actual_end',
				'CO,sourcing,2026-10-12,2026-11-03',
				'CO,Soft launch,2026-11-03,2026-11-10',
				'US,soft_launch,2026-10-30,2026-11-08',
				'MX,live,2026-11-09,2026-11-22',
				'US,wrap-up,2026-11-23,2026-11-30',
				'US,live,2026-11-22,2026-11-09',
				'CO,live,2026-11-11,'
			),
			campaign
		);
		expect(read.problems.map((p) => [p.line, p.column, p.problem.code])).toEqual([
			[3, null, 'problem_phase_overlaps'],
			[4, null, 'problem_phase_overlaps'],
			[5, 'market', 'problem_creator_market'],
			[6, 'phase', 'problem_timeline_phase_unknown'],
			[7, 'actual_end', 'problem_phase_ends_before_start']
		]);
		expect(read.problems[0]!.problem.params).toEqual({ phase: 'Sourcing', end: '2026-11-03' });
		expect(read.problems[1]!.problem.params).toEqual({ phase: 'Sourcing', end: '2026-11-01' });
		expect(read.loaded).toBe(2);
		expect(read.rejectedRows).toBe(5);
		expect(read.actualPhases).toEqual({
			US: [{ phaseId: 'sourcing', start: '2026-10-12', end: '2026-11-01' }],
			CO: [
				{ phaseId: 'sourcing', start: '2026-10-12', end: '2026-11-03' },
				{ phaseId: 'live', start: '2026-11-11' }
			]
		});
	});

	it("replaces a market's phase that the file gives again", () => {
		const read = readActualPhasesCsv(
			csv(
				'mercado,fase,inicio,fin',
				'US,sourcing,13/10/2026,03/11/2026',
				'US,soft_launch,04/11/2026,'
			),
			campaign
		);
		expect(read.problems).toEqual([]);
		expect(read.actualPhases.US).toEqual([
			{ phaseId: 'sourcing', start: '2026-10-13', end: '2026-11-03' },
			{ phaseId: 'soft_launch', start: '2026-11-04' }
		]);
	});

	it("keeps a market's own dates of a phase whose new row is refused", () => {
		const read = readActualPhasesCsv(
			csv('market,phase,start,end', 'US,sourcing,2026-10-12,2026-11-03', 'US,live,2026-10-20,'),
			{ ...campaign, actualPhases: { US: [{ phaseId: 'live', start: '2026-11-09' }] } }
		);
		expect(read.problems.map((p) => [p.line, p.problem.code])).toEqual([
			[3, 'problem_phase_overlaps']
		]);
		expect(read.actualPhases.US).toEqual([
			{ phaseId: 'sourcing', start: '2026-10-12', end: '2026-11-03' },
			{ phaseId: 'live', start: '2026-11-09' }
		]);
	});

	it('refuses a repeated phase and a missing start', () => {
		const read = readActualPhasesCsv(
			csv(
				'market,phase,start,end',
				'CO,live,2026-11-11,',
				'CO,live,2026-11-12,',
				'CO,sourcing,,2026-11-01'
			),
			campaign
		);
		expect(read.problems.map((p) => [p.line, p.problem])).toEqual([
			[3, { code: 'problem_timeline_phase_repeated', params: { line: 2 } }],
			[4, { code: 'problem_actual_start_missing', params: { phase: 'Sourcing', market: 'CO' } }]
		]);
	});
});
