import { appContext } from '$lib/server/app-context';
import { listCampaigns } from '$lib/server/campaign-store';
import type { PageServerLoad } from './$types';

export const load = (async () => {
	const context = await appContext();
	return { campaigns: listCampaigns(context.db) };
}) satisfies PageServerLoad;
