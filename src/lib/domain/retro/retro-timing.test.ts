import { describe, expect, it } from 'vitest';
import type { Campaign } from '../campaign';
import type { MarketTimeline } from '../timeline/campaign-timeline';
import { buildPhaseTimeline } from '../timeline/phase-timeline';
import type { PhaseTiming } from '../timeline/phase-timeline';
import { buildRetroTiming } from './retro-timing';
import { BUFFER_RULE } from './retro-timing-buffer';
import { TIMING_FIXTURE_MARKETS, timingFixture } from './retro-timing-fixtures';

const timing = buildRetroTiming(TIMING_FIXTURE_MARKETS, timingFixture());

describe('the timing section: what slipped', () => {
	it('agrees with the timeline on the fixture’s slips and buffers', () => {
		// The same dates as a campaign, through the code that computes slips for every page.
		const campaign: Campaign = {
			id: 'fixture',
			name: 'Fixture',
			reportingCurrency: 'USD',
			markets: TIMING_FIXTURE_MARKETS.map(({ code, name }) => ({
				code,
				name,
				currency: 'USD',
				timeZone: 'UTC',
				locale: 'en-US'
			})),
			budgets: {},
			phases: timingFixture()[0]!.phases.map((p) => ({
				id: p.phase,
				label: p.label,
				start: p.plannedStart,
				end: p.plannedEnd
			})),
			actualPhases: Object.fromEntries(
				timingFixture().map(({ market, phases }) => [
					market,
					phases.flatMap((p) =>
						p.actualStart === null
							? []
							: [{ phaseId: p.phase, start: p.actualStart, end: p.actualEnd ?? undefined }]
					)
				])
			)
		};
		expect(buildPhaseTimeline(campaign)).toEqual(
			timingFixture().map(({ market, phases }) => ({ market, phases }))
		);
	});

	it('lists every late phase with the days and what it did to the phase after it', () => {
		expect(
			timing.slipped.rows.map((r) => [r.market, r.phase, r.plannedEnd, r.actualEnd, r.lateBy])
		).toEqual([
			['MX', 'prep', '2026-10-10', '2026-10-13', '3 days'],
			['MX', 'build', '2026-10-20', '2026-10-21', '1 day'],
			['BR', 'build', '2026-10-20', '2026-10-22', '2 days'],
			['BR', 'live', '2026-10-31', '2026-11-02', '2 days'],
			['CO', 'prep', '2026-10-10', '2026-10-12', '2 days']
		]);
		expect(timing.slipped.rows.map((r) => r.next)).toEqual([
			{
				phase: 'build',
				label: 'Build',
				effect: 'squeezed',
				text: 'squeezed: started 3 days late, lost 2 days and still ended 1 day late'
			},
			{
				phase: 'live',
				label: 'Live',
				effect: 'squeezed',
				text: 'squeezed: started 1 day late and ended on time, 1 day of it lost'
			},
			{
				phase: 'live',
				label: 'Live',
				effect: 'pushed',
				text: 'pushed: started 2 days late and ended 2 days late'
			},
			null,
			{
				phase: 'build',
				label: 'Build',
				effect: 'not_recorded',
				text: 'started on time; its end is not recorded'
			}
		]);
		expect(timing.slipped.rows[0]!.name).toBe('Mexico');
	});

	it('counts the late phases and names the phases not recorded rather than calling them on time', () => {
		expect(timing.slipped.text[0]).toMatch(/^5 phases ended late, in 3 markets \(MX, BR, CO\)\. /);
		expect(timing.slipped.text[1]).toBe('Not recorded yet (no actual end): CO: Build, Live.');
	});

	it.each<[string, Partial<PhaseTiming>, string, string]>([
		[
			'overran by itself after starting on time',
			{ actualStart: '2026-10-11', actualEnd: '2026-10-23', slipDays: 3, bufferUsedDays: 0 },
			'late',
			'started on time and overran by itself: ended 3 days late'
		],
		[
			'started on time (the phases overlapped) and ended early',
			{ actualStart: '2026-10-11', actualEnd: '2026-10-19', slipDays: -1, bufferUsedDays: 0 },
			'not_affected',
			'not affected: started on time, ended 1 day early'
		],
		[
			'has not started',
			{ actualStart: null, actualEnd: null, slipDays: null, bufferUsedDays: null },
			'not_recorded',
			'not recorded'
		],
		[
			'started late and runs on',
			{ actualStart: '2026-10-13', actualEnd: null, slipDays: null, bufferUsedDays: null },
			'not_recorded',
			'started 2 days late; its end is not recorded'
		]
	])('says when the next phase %s', (_, next, effect, text) => {
		const [prep, build] = timingFixture()[1]!.phases;
		const market: MarketTimeline = {
			...timingFixture()[1]!,
			phases: [prep!, { ...build!, ...next }]
		};
		const [slip] = buildRetroTiming(TIMING_FIXTURE_MARKETS, [market]).slipped.rows;
		expect(slip!.next).toMatchObject({ effect, text });
	});
});

describe('the timing section: what it cost', () => {
	it('counts per market the late phases, the days squeezed out and the late go-live', () => {
		expect(timing.cost.markets).toEqual([
			{
				market: 'US',
				name: 'United States',
				phasesLate: '0',
				squeezed: '0 days',
				goLive: 'on time',
				lastPhaseLost: '0 days'
			},
			{
				market: 'MX',
				name: 'Mexico',
				phasesLate: '2',
				squeezed: '3 days',
				goLive: '1 day late (2026-10-22, planned 2026-10-21)',
				lastPhaseLost: '1 day'
			},
			{
				market: 'BR',
				name: 'Brazil',
				phasesLate: '2',
				squeezed: '0 days',
				goLive: '2 days late (2026-10-23, planned 2026-10-21)',
				lastPhaseLost: '0 days'
			},
			{
				market: 'CO',
				name: 'Colombia',
				phasesLate: '1 (2 not recorded)',
				squeezed: '0 days',
				goLive: 'not recorded',
				lastPhaseLost: 'not recorded'
			}
		]);
		expect(timing.cost.text[0]).toContain('the start of the last planned phase, Live.');
	});

	it('writes every timing metric per market beside the median of the markets that ran to plan', () => {
		expect(timing.cost.columns).toEqual(['US', 'MX', 'BR', 'CO', 'Ran to plan (median)']);
		const row = (id: string) => timing.cost.metrics.find((m) => m.metric === id)!.values;
		expect(row('approval_hours_median')).toEqual(['40 h', '70 h', '50 h', '—', '40 h']);
		expect(row('approval_hours_p90')).toEqual(['60 h', '100 h', '—', '—', '60 h']);
		expect(row('revision_rounds')).toEqual(['0.5', '1.25', '0.5', '—', '0.5']);
		expect(row('content_late_share')).toEqual(['0%', '25%', '10%', '—', '0%']);
		expect(row('sourcing_days_to_agree_cold')).toEqual([
			'4 working days',
			'6 working days',
			'—',
			'—',
			'4 working days'
		]);
		expect(timing.cost.metricsText[0]).toContain(
			'the median of the markets where every phase is recorded and none ended late (US)'
		);
	});

	it('sets each late market against them on the metrics where it did worse, and only those', () => {
		expect(timing.cost.comparisons).toEqual([
			{
				market: 'MX',
				name: 'Mexico',
				text:
					'Days to agree (cold outreach) 6 working days against 4 working days (+2 working days); ' +
					'Approval cycle time (median) 70 h against 40 h (+30 h); ' +
					'Approval cycle time (90th percentile) 100 h against 60 h (+40 h); ' +
					'Revision rounds per piece 1.25 against 0.5 (+0.75); ' +
					'Approved first time 40% against 60% (-20 pp); ' +
					'Content approved late 25% against 0% (+25 pp).'
			},
			{
				market: 'BR',
				name: 'Brazil',
				text:
					'Approval cycle time (median) 50 h against 40 h (+10 h); ' +
					'Approved first time 50% against 60% (-10 pp); ' +
					'Content approved late 10% against 0% (+10 pp).'
			},
			{ market: 'CO', name: 'Colombia', text: 'No sourcing or approval records to compare.' }
		]);
	});

	it('leaves the median out when no market ran wholly to plan', () => {
		const late = timingFixture().filter((t) => t.market !== 'US');
		const cost = buildRetroTiming(TIMING_FIXTURE_MARKETS, late).cost;
		expect(cost.columns).toEqual(['MX', 'BR', 'CO']);
		expect(cost.comparisons).toEqual([]);
		expect(cost.metricsText[0]).toContain('No market ran wholly to plan');
	});
});

describe('the timing section: the buffer to plan', () => {
	it('is the largest slip per phase, with each market’s own where they differ', () => {
		expect(timing.buffer.text).toEqual([BUFFER_RULE]);
		expect(timing.buffer.rows).toEqual([
			{
				phase: 'prep',
				label: 'Prep',
				days: '3 days',
				largestIn: 'MX',
				perMarket: 'MX: 3 days; CO: 2 days; US, BR: 0 days'
			},
			{
				phase: 'build',
				label: 'Build',
				days: '2 days',
				largestIn: 'BR',
				perMarket: 'BR: 2 days; MX: 1 day; US: 0 days; CO: not recorded'
			},
			{
				phase: 'live',
				label: 'Live',
				days: '2 days',
				largestIn: 'BR',
				perMarket: 'BR: 2 days; US, MX: 0 days; CO: not recorded'
			}
		]);
	});

	it('is 0 for a phase no market ended late, and not recorded where no market finished it', () => {
		const us = timingFixture().slice(0, 1);
		const co = timingFixture().slice(3);
		expect(buildRetroTiming(TIMING_FIXTURE_MARKETS, us).buffer.rows[0]).toMatchObject({
			days: '0 days',
			largestIn: 'none ended late',
			perMarket: 'the same in every market'
		});
		expect(buildRetroTiming(TIMING_FIXTURE_MARKETS, co).buffer.rows[2]).toMatchObject({
			days: 'not recorded',
			perMarket: 'not recorded in any market'
		});
	});
});

describe('the timing section of a campaign with nothing to show', () => {
	it('says in a sentence that the campaign plans no phases and has no records', () => {
		const bare = timingFixture().map((t) => ({
			...t,
			phases: [],
			timing: timingFixture()[3]!.timing
		}));
		const empty = buildRetroTiming(TIMING_FIXTURE_MARKETS, bare);
		expect(empty.slipped).toEqual({
			text: ['The campaign plans no phases, so there is nothing to measure a slip against.'],
			rows: []
		});
		expect(empty.cost).toEqual({
			text: ['The campaign plans no phases, so no days can be counted as lost.'],
			markets: [],
			metricsText: ['No sourcing or approval records, so there are no timing metrics.'],
			columns: [],
			metrics: [],
			comparisons: []
		});
		expect(empty.buffer).toEqual({
			text: ['The campaign plans no phases, so there is no buffer to suggest.'],
			rows: []
		});
	});

	it('says so when no market has recorded its phases, instead of calling them on time', () => {
		const unrecorded = timingFixture().map((t) => ({
			...t,
			phases: t.phases.map((p) => ({
				...p,
				actualStart: null,
				actualEnd: null,
				slipDays: null,
				bufferUsedDays: null
			}))
		}));
		const result = buildRetroTiming(TIMING_FIXTURE_MARKETS, unrecorded);
		expect(result.slipped).toEqual({
			text: ['No market has recorded when its phases ran yet.'],
			rows: []
		});
		expect(result.cost.markets.map((m) => [m.phasesLate, m.goLive])).toEqual(
			Array(4).fill(['not recorded', 'not recorded'])
		);
		expect(result.buffer.rows.map((r) => r.days)).toEqual(Array(3).fill('not recorded'));
		// No market ran to plan and none was late: the metrics stand alone.
		expect(result.cost.columns).toEqual(['US', 'MX', 'BR', 'CO']);
	});
});
