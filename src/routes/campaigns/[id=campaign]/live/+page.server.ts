import { mayChangeAnnotation } from '$lib/domain/annotation-access';
import { definitionChanges } from '$lib/domain/definition-changes';
import { findCampaign } from '$lib/server/campaign-store';
import { listCreators } from '$lib/server/creator-store';
import { creatorRankings } from '$lib/server/creators/creator-rankings';
import { metricUnits } from '$lib/server/definitions/metric-units';
import { campaignMetricSources } from '$lib/server/definitions/score-service';
import { requireAccess } from '$lib/server/http/guard';
import { liveInputsKey, ResultCache } from '$lib/server/live/live-cache';
import { liveSummary, type LiveSummary } from '$lib/server/live/live-summary';
import type { CreatorRanking } from '$lib/domain/creators/creator-ranking';

const summaries = new ResultCache<LiveSummary>();
const rankingsCache = new ResultCache<CreatorRanking[]>();
import type { PageServerLoad } from './$types';

/**
 * What the live view shows besides the chart's own data, computed on the server with the
 * scoreboard's queries (so the cards' numbers are `parallax live`'s): the market cards, the
 * spikes and which of them an annotation explains, creators and sourcing; and what the chart
 * draws over the data, a band where a definition changed and the annotations.
 */
export const load = (async (event) => {
	const { context, campaignId, access } = await requireAccess(event, 'read');
	event.depends('parallax:annotations');
	event.depends('parallax:facts');
	const campaign = findCampaign(context.db, campaignId)!;
	const key = liveInputsKey(context, campaign);
	const [summary, rankings, lastDays] = [
		await summaries.get(key, () => liveSummary(context, campaign)),
		await rankingsCache.get(key, () => creatorRankings(context, campaign)),
		await context.facts.queryFacts<{ market: string; last: string }>(
			campaignId,
			(facts) => `SELECT market, max(date)::VARCHAR AS last FROM ${facts} GROUP BY market`
		)
	];
	return {
		summary,
		rankings,
		creators: listCreators(context.db, campaignId),
		lastDayByMarket: Object.fromEntries(lastDays.map((row) => [row.market, row.last])),
		units: metricUnits(context, campaignId),
		definitionChanges: definitionChanges(context.definitions.all(campaignId)),
		annotations: context.annotations.list(campaignId),
		canAnnotate: mayChangeAnnotation(access, 'create', null),
		// Metrics a decision's expected effect may name: the built-in ones and the campaign's own.
		metricIds: [...campaignMetricSources(context, campaignId).keys()]
	};
}) satisfies PageServerLoad;
