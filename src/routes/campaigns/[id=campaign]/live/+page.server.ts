import { mayChangeAnnotation } from '$lib/domain/annotation-access';
import { definitionChanges } from '$lib/domain/definition-changes';
import { campaignMetricSources } from '$lib/server/definitions/score-service';
import { requireAccess } from '$lib/server/http/guard';
import type { PageServerLoad } from './$types';

/**
 * What the live chart draws besides the data: a band where a definition changed, and the
 * annotations (the page keeps those matching what the chart shows).
 */
export const load = (async (event) => {
	const { context, campaignId, access } = await requireAccess(event, 'read');
	event.depends('parallax:annotations');
	return {
		definitionChanges: definitionChanges(context.definitions.all(campaignId)),
		annotations: context.annotations.list(campaignId),
		canAnnotate: mayChangeAnnotation(access, 'create', null),
		// Metrics a decision's expected effect may name: the built-in ones and the campaign's own.
		metricIds: [...campaignMetricSources(context, campaignId).keys()]
	};
}) satisfies PageServerLoad;
