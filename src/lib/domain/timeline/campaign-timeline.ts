import type { Campaign } from '../campaign';
import { computeTiming, type TimingValues } from './compute-timing';
import { buildPhaseTimeline, goLiveOf, type PhaseTiming } from './phase-timeline';
import type { ApprovalRecord, SourcingRecord } from './timeline-records';

/** One market's timeline: its phases planned against actual, and its timing metrics. */
export interface MarketTimeline {
	market: string;
	phases: PhaseTiming[];
	timing: TimingValues;
}

/**
 * Every market's phases and timing metrics: the phases from the campaign's planned and
 * actual dates, the metrics from its sourcing and approval records, lateness measured against
 * each market's go-live (see `goLiveOf`) where a record names no due day. The same function
 * serves the timeline page, the retrospective and `parallax timeline`.
 */
export function buildCampaignTimeline(
	campaign: Campaign,
	sourcing: readonly SourcingRecord[],
	approvals: readonly ApprovalRecord[]
): MarketTimeline[] {
	const timing = campaignTiming(campaign, sourcing, approvals);
	return buildPhaseTimeline(campaign).map(({ market, phases }) => ({
		market,
		phases,
		timing: timing[market]!
	}));
}

/** Every market's timing metrics, by market code: the actuals of timing KPIs. */
export function campaignTiming(
	campaign: Campaign,
	sourcing: readonly SourcingRecord[],
	approvals: readonly ApprovalRecord[]
): Record<string, TimingValues> {
	return computeTiming({
		markets: campaign.markets,
		sourcing,
		approvals,
		goLive: Object.fromEntries(campaign.markets.map((m) => [m.code, goLiveOf(campaign, m.code)]))
	});
}
