import { definitionChanges } from '$lib/domain/definition-changes';
import { requireAccess } from '$lib/server/http/guard';
import type { PageServerLoad } from './$types';

/** When a definition changed mid-campaign, for the band the chart draws there. */
export const load = (async (event) => {
	const { context, campaignId } = await requireAccess(event, 'read');
	return { definitionChanges: definitionChanges(context.definitions.all(campaignId)) };
}) satisfies PageServerLoad;
