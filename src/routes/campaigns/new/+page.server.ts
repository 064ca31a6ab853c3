import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { readRows } from '$lib/domain/form-rows';
import { MARKET_FIELDS, MARKET_PREFIX } from '$lib/domain/market-rows';
import { readNewCampaign } from '$lib/domain/new-campaign-form';
import { problem } from '$lib/domain/problem';
import { problemText, problemTexts } from '$lib/i18n/problem-text';
import { appContext } from '$lib/server/app-context';
import { createCampaign } from '$lib/server/campaign-creation';
import { listCampaigns } from '$lib/server/campaign-store';
import type { Account } from '$lib/server/access/accounts';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['from', 'id', 'name', 'reportingCurrency', 'start', 'end', 'copyFrom'] as const;

/** Only the administrator creates campaigns (the gate has already asked for a sign-in). */
function requireAdministrator(event: RequestEvent): Account {
	const account = event.locals.account;
	if (!account?.isAdmin) error(403, problemText(problem('problem_new_campaign_admin_only')));
	return account;
}

export const load = (async (event) => {
	requireAdministrator(event);
	const context = await appContext();
	return {
		campaigns: listCampaigns(context.db).map(({ id, name }) => ({ id, name })),
		timeZones: Intl.supportedValuesOf('timeZone')
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const account = requireAdministrator(event);
		const form = await event.request.formData();
		const values = Object.fromEntries(
			FIELDS.map((field) => [field, String(form.get(field) ?? '')])
		) as Record<(typeof FIELDS)[number], string>;
		const rows = readRows(form, MARKET_PREFIX, MARKET_FIELDS);
		const read = readNewCampaign(values, rows);
		if (!read.ok) return fail(400, { errors: problemTexts(read.errors), values, rows });
		const outcome = createCampaign(await appContext(), read.value, account.id);
		if ('refused' in outcome) {
			const { field, problem: refusal } = outcome.refused;
			return fail(400, { errors: { [field]: problemText(refusal) }, values, rows });
		}
		redirect(303, `/campaigns/${outcome.created.id}/settings?created=1`);
	}
} satisfies Actions;
