import { appContext } from '$lib/server/app-context';
import { listCampaigns } from '$lib/server/campaign-store';
import { memberAccess } from '$lib/server/access/campaign-access';
import type { PageServerLoad } from './$types';

/** The campaigns the signed-in account may see. */
export const load = (async ({ locals }) => {
	const context = await appContext();
	const account = locals.account!;
	return {
		campaigns: listCampaigns(context.db).filter(
			(campaign) => memberAccess(context.people, account, campaign.id) !== null
		),
		canImportCampaign: account.isAdmin,
		canCreateCampaign: account.isAdmin
	};
}) satisfies PageServerLoad;
