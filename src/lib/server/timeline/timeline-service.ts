import type { Campaign } from '$lib/domain/campaign';
import {
	buildCampaignTimeline,
	campaignTiming,
	type MarketTimeline
} from '$lib/domain/timeline/campaign-timeline';
import type { TimingValues } from '$lib/domain/timeline/compute-timing';
import type { TimelineStore } from './timeline-store';

/** A stored campaign's timeline: phases planned against actual and timing metrics per market. */
export function storedCampaignTimeline(
	stores: { timeline: TimelineStore },
	campaign: Campaign
): MarketTimeline[] {
	return buildCampaignTimeline(
		campaign,
		stores.timeline.listSourcing(campaign.id),
		stores.timeline.listApprovals(campaign.id)
	);
}

/**
 * A stored campaign's timing metrics by market, as scoring takes them
 * (`ScoringRequest.actualsByMarket`), so that definitions can hold markets to timing KPIs.
 */
export function storedTimingActuals(
	stores: { timeline: TimelineStore },
	campaign: Campaign
): Record<string, TimingValues> {
	return campaignTiming(
		campaign,
		stores.timeline.listSourcing(campaign.id),
		stores.timeline.listApprovals(campaign.id)
	);
}
