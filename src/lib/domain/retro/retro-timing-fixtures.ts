import type { MarketTimeline } from '../timeline/campaign-timeline';
import type { TimingValues } from '../timeline/compute-timing';
import type { PhaseTiming } from '../timeline/phase-timeline';
import { TIMING_METRIC_IDS } from '../timeline/timing-metrics';

/**
 * A small hand-computed timeline for the timing section's tests. Planned: Prep 10-01..10-10,
 * Build 10-11..10-20, Live 10-21..10-31 (2026), the same in every market.
 * - US ran to plan.
 * - MX: Prep ended 10-13 (3 days late); Build started 10-14 (3 late), ended 10-21 (1 late):
 *   2 days squeezed out; Live started 10-22 (1 late), ended on time: 1 day squeezed out.
 * - BR: Prep ended 10-08 (2 early); Build started 10-09 and overran to 10-22 (2 late);
 *   Live started 10-23 (2 late) and ended 11-02 (2 late): pushed, nothing squeezed.
 * - CO: Prep ended 10-12 (2 late); Build started on time 10-11 and has no end; Live has no
 *   dates. No sourcing or approval records.
 */
export function timingFixture(): MarketTimeline[] {
	return [
		{
			market: 'US',
			phases: [
				phase('prep', ['10-01', '10-10'], 0, 0),
				phase('build', ['10-11', '10-20'], 0, 0),
				phase('live', ['10-21', '10-31'], 0, 0)
			],
			timing: timing([2, 4, 40, 60, 0.5, 0.6, 0])
		},
		{
			market: 'MX',
			phases: [
				phase('prep', ['10-01', '10-13'], 3, 0),
				phase('build', ['10-14', '10-21'], 1, 2),
				phase('live', ['10-22', '10-31'], 0, 1)
			],
			timing: timing([2, 6, 70, 100, 1.25, 0.4, 0.25])
		},
		{
			market: 'BR',
			phases: [
				phase('prep', ['10-01', '10-08'], -2, 0),
				phase('build', ['10-09', '10-22'], 2, 0),
				phase('live', ['10-23', '11-02'], 2, 0)
			],
			timing: timing([1.5, null, 50, null, 0.5, 0.5, 0.1])
		},
		{
			market: 'CO',
			phases: [
				phase('prep', ['10-01', '10-12'], 2, 0),
				phase('build', ['10-11', null], null, null),
				phase('live', [null, null], null, null)
			],
			timing: timing([null, null, null, null, null, null, null])
		}
	];
}

/**
 * The fixture's US and Mexico, for the retrospective's renderers, with a phase label that tries
 * to be markup: Prep is "Prep & <legal> | sign-off".
 */
export function twoMarketTimingFixture(): MarketTimeline[] {
	return timingFixture()
		.filter((t) => t.market === 'US' || t.market === 'MX')
		.map((t) => ({
			...t,
			phases: t.phases.map((p) =>
				p.phase === 'prep' ? { ...p, label: 'Prep & <legal> | sign-off' } : p
			)
		}));
}

/** The markets of `timingFixture`, named. */
export const TIMING_FIXTURE_MARKETS = [
	{ code: 'US', name: 'United States' },
	{ code: 'MX', name: 'Mexico' },
	{ code: 'BR', name: 'Brazil' },
	{ code: 'CO', name: 'Colombia' }
];

const PLANNED: Record<string, [string, string, string]> = {
	prep: ['Prep', '2026-10-01', '2026-10-10'],
	build: ['Build', '2026-10-11', '2026-10-20'],
	live: ['Live', '2026-10-21', '2026-10-31']
};

function phase(
	id: string,
	[start, end]: [string | null, string | null],
	slipDays: number | null,
	bufferUsedDays: number | null
): PhaseTiming {
	const [label, plannedStart, plannedEnd] = PLANNED[id]!;
	return {
		phase: id,
		label,
		plannedStart,
		plannedEnd,
		actualStart: start && `2026-${start}`,
		actualEnd: end && `2026-${end}`,
		slipDays,
		bufferUsedDays
	};
}

/** Values in the order of TIMING_METRIC_IDS. */
function timing(values: (number | null)[]): TimingValues {
	return Object.fromEntries(
		TIMING_METRIC_IDS.map((id, i) => [id, values[i] ?? null])
	) as TimingValues;
}
