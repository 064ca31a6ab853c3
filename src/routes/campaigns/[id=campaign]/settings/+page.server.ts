import { fail } from '@sveltejs/kit';
import { can } from '$lib/domain/access';
import {
	applyCampaignSettings,
	campaignSettingsSchema,
	settingsChanges
} from '$lib/domain/campaign-settings';
import { findCampaign, saveCampaign } from '$lib/server/campaign-store';
import { readForm } from '$lib/server/http/form';
import { requireAccess } from '$lib/server/http/guard';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { access, campaignId, context } = await requireAccess(event, 'read');
	return {
		canEdit: can(access, 'manage_campaign', { campaignId }),
		history: context.people.audit.list({
			campaignId,
			itemKind: 'campaign',
			itemId: campaignId
		})
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const { context, actor, campaignId } = await requireAccess(event, 'manage_campaign');
		const campaign = findCampaign(context.db, campaignId)!;
		const form = await readForm(
			event.request,
			campaignSettingsSchema(campaign.markets.map((m) => m.code))
		);
		if (!form.ok) return fail(400, form);
		const changed = applyCampaignSettings(campaign, form.data);
		const changes = settingsChanges(campaign, changed);
		if (Object.keys(changes).length === 0) return { saved: 0 };
		saveCampaign(context.db, changed);
		context.people.audit.record({
			accountId: actor!.id,
			campaignId,
			action: 'settings_changed',
			itemKind: 'campaign',
			itemId: campaignId,
			detail: changes
		});
		return { saved: Object.keys(changes).length };
	}
} satisfies Actions;
