import { mayChangeAnnotation } from '$lib/domain/annotation-access';
import { findCampaign } from '$lib/server/campaign-store';
import { campaignMetricSources } from '$lib/server/definitions/score-service';
import { requireAccess } from '$lib/server/http/guard';
import { storedCampaignTimeline } from '$lib/server/timeline/timeline-service';
import type { PageServerLoad } from './$types';

/**
 * Each market's phases planned against actual and its timing metrics, as
 * `parallax timeline` reads them, with the annotations the Gantt draws.
 */
export const load = (async (event) => {
	const { context, campaignId, access } = await requireAccess(event, 'read');
	event.depends('parallax:annotations');
	const campaign = findCampaign(context.db, campaignId)!;
	return {
		timeline: storedCampaignTimeline(context, campaign),
		annotations: context.annotations.list(campaignId),
		canAnnotate: mayChangeAnnotation(access, 'create', null),
		// Metrics a decision's expected effect may name: the built-in ones and the campaign's own.
		metricIds: [...campaignMetricSources(context, campaignId).keys()]
	};
}) satisfies PageServerLoad;
