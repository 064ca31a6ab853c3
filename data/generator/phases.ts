import type { Phase } from '../../src/lib/domain/campaign';
import type { MarketCode } from './markets';

/** Phase ids of the sample campaign, in order. */
export type PhaseId = 'alignment' | 'sourcing' | 'soft_launch' | 'live';

/** The planned phases: alignment weeks 1–2, sourcing & briefing 3–5, soft launch 6, live 7–8. */
export const PLANNED_PHASES: readonly (Phase & { id: PhaseId })[] = [
	{ id: 'alignment', label: 'Alignment', start: '2026-09-28', end: '2026-10-11' },
	{ id: 'sourcing', label: 'Sourcing & briefing', start: '2026-10-12', end: '2026-11-01' },
	{ id: 'soft_launch', label: 'Soft launch', start: '2026-11-02', end: '2026-11-08' },
	{ id: 'live', label: 'Live', start: '2026-11-09', end: '2026-11-22' }
];

/** Actual dates of one phase in one market, with the reason when they differ from the plan. */
export interface ActualPhase {
	id: PhaseId;
	start: string;
	end: string;
	note?: string;
}

/**
 * What happened per market. US, MX and BR ran to plan (BR closed sourcing early);
 * Colombia's sourcing ran two days over and pushed its launch; Argentina signed its success
 * definition two days late.
 */
export const ACTUAL_PHASES: Readonly<Record<MarketCode, readonly ActualPhase[]>> = {
	US: [
		{ id: 'alignment', start: '2026-09-28', end: '2026-10-11' },
		{ id: 'sourcing', start: '2026-10-12', end: '2026-11-01' },
		{ id: 'soft_launch', start: '2026-11-02', end: '2026-11-08' },
		{ id: 'live', start: '2026-11-09', end: '2026-11-22' }
	],
	MX: [
		{ id: 'alignment', start: '2026-09-28', end: '2026-10-11' },
		{ id: 'sourcing', start: '2026-10-12', end: '2026-11-01' },
		{ id: 'soft_launch', start: '2026-11-02', end: '2026-11-08' },
		{ id: 'live', start: '2026-11-09', end: '2026-11-22' }
	],
	BR: [
		{ id: 'alignment', start: '2026-09-28', end: '2026-10-09' },
		{
			id: 'sourcing',
			start: '2026-10-10',
			end: '2026-10-30',
			note: 'Existing-network creators signed fast; briefing closed two days early.'
		},
		{ id: 'soft_launch', start: '2026-11-02', end: '2026-11-08' },
		{ id: 'live', start: '2026-11-09', end: '2026-11-22' }
	],
	CO: [
		{ id: 'alignment', start: '2026-09-28', end: '2026-10-11' },
		{
			id: 'sourcing',
			start: '2026-10-12',
			end: '2026-11-03',
			note: 'Two cold-outreach creators renegotiated usage rights; contracts closed two days late.'
		},
		{ id: 'soft_launch', start: '2026-11-04', end: '2026-11-10' },
		{ id: 'live', start: '2026-11-11', end: '2026-11-22' }
	],
	AR: [
		{
			id: 'alignment',
			start: '2026-09-28',
			end: '2026-10-13',
			note: 'Success definition signed two days late; sourcing started on the 14th.'
		},
		{ id: 'sourcing', start: '2026-10-14', end: '2026-11-01' },
		{ id: 'soft_launch', start: '2026-11-02', end: '2026-11-08' },
		{ id: 'live', start: '2026-11-09', end: '2026-11-22' }
	]
};

/** The actual dates of one phase of one market. */
export function getActualPhase(market: MarketCode, id: PhaseId): ActualPhase {
	const phase = ACTUAL_PHASES[market].find((candidate) => candidate.id === id);
	if (!phase) throw new Error(`no ${id} phase for ${market}`);
	return phase;
}
