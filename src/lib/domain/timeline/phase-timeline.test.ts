import { describe, expect, it } from 'vitest';
import type { Campaign } from '../campaign';
import { buildPhaseTimeline, goLiveOf } from './phase-timeline';

const market = (code: string, timeZone: string) => ({
	code,
	name: code,
	currency: 'USD',
	timeZone,
	locale: 'en-US'
});

const campaign: Campaign = {
	id: 'launch',
	name: 'Launch',
	reportingCurrency: 'USD',
	markets: [
		market('CO', 'America/Bogota'),
		market('BR', 'America/Sao_Paulo'),
		market('US', 'America/New_York'),
		market('AR', 'America/Argentina/Buenos_Aires')
	],
	budgets: {},
	phases: [
		{ id: 'sourcing', label: 'Sourcing', start: '2026-10-12', end: '2026-11-01' },
		{ id: 'soft_launch', label: 'Soft launch', start: '2026-11-02', end: '2026-11-08' },
		{ id: 'live', label: 'Live', start: '2026-11-09', end: '2026-11-22' }
	],
	actualPhases: {
		// Sourcing ran two days over; the soft launch kept its length and passed the delay on;
		// the live phase started late and still ended on time: squeezed by two days.
		CO: [
			{ phaseId: 'sourcing', start: '2026-10-12', end: '2026-11-03' },
			{ phaseId: 'soft_launch', start: '2026-11-04', end: '2026-11-10' },
			{ phaseId: 'live', start: '2026-11-11', end: '2026-11-22' }
		],
		BR: [
			{ phaseId: 'sourcing', start: '2026-10-10', end: '2026-10-30' },
			{ phaseId: 'soft_launch', start: '2026-11-02', end: '2026-11-08' },
			{ phaseId: 'live', start: '2026-11-09' }
		],
		// Started three days late and ended one day late: two days absorbed, one passed on.
		AR: [{ phaseId: 'sourcing', start: '2026-10-15', end: '2026-11-02' }]
	}
};

const timeline = buildPhaseTimeline(campaign);
const phasesOf = (code: string) => timeline.find((m) => m.market === code)!.phases;
const slipAndBuffer = (code: string) =>
	phasesOf(code).map((p) => [p.phase, p.slipDays, p.bufferUsedDays]);

describe('planned against actual phases', () => {
	it('lists every market with every planned phase and its actual dates', () => {
		expect(timeline.map((m) => m.market)).toEqual(['CO', 'BR', 'US', 'AR']);
		expect(phasesOf('CO')[1]).toEqual({
			phase: 'soft_launch',
			label: 'Soft launch',
			plannedStart: '2026-11-02',
			plannedEnd: '2026-11-08',
			actualStart: '2026-11-04',
			actualEnd: '2026-11-10',
			slipDays: 2,
			bufferUsedDays: 0
		});
	});

	it('shows an overrun passed on and then absorbed by the squeezed phase after it', () => {
		expect(slipAndBuffer('CO')).toEqual([
			['sourcing', 2, 0],
			['soft_launch', 2, 0],
			['live', 0, 2]
		]);
	});

	it('counts an early end as negative slip, and gives no slip while a phase runs', () => {
		expect(slipAndBuffer('BR')).toEqual([
			['sourcing', -2, 0],
			['soft_launch', 0, 0],
			['live', null, null]
		]);
	});

	it('splits a late start into the days absorbed and the days passed on', () => {
		expect(slipAndBuffer('AR')[0]).toEqual(['sourcing', 1, 2]);
	});

	it('leaves actual dates empty where a market recorded none', () => {
		expect(phasesOf('US').every((p) => p.actualStart === null && p.slipDays === null)).toBe(true);
	});
});

describe('the go-live day', () => {
	it("is the last phase's actual start, else its planned start", () => {
		expect(goLiveOf(campaign, 'CO')).toBe('2026-11-11');
		expect(goLiveOf(campaign, 'US')).toBe('2026-11-09');
		expect(goLiveOf({ ...campaign, phases: [] }, 'US')).toBeNull();
	});
});
