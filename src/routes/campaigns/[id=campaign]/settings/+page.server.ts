import { fail } from '@sveltejs/kit';
import { can } from '$lib/domain/access';
import { applyCampaignSettings, campaignSettingsSchema } from '$lib/domain/campaign-settings';
import { fxCurrencies, fxRatesByDay, fxSpan, missingFxDays } from '$lib/domain/fx-days';
import { phasesOutsideDates } from '$lib/domain/phase-rows';
import { saveCampaignChange } from '$lib/server/campaign-change';
import { findCampaign } from '$lib/server/campaign-store';
import { listCreators } from '$lib/server/creator-store';
import { listFxRates } from '$lib/server/fx-store';
import { readForm } from '$lib/server/http/form';
import { requireAccess } from '$lib/server/http/guard';
import { problemText } from '$lib/i18n/problem-text';
import { uploadCreators } from './creators-action.server';
import { removeRates, setRate, uploadRates } from './fx-actions.server';
import type { SectionResult } from './section-result';
import { saveActualPhases, saveMarkets, savePhases } from './structure-actions.server';
import { timelineRecordCounts } from './timeline-record-counts';
import {
	uploadActualPhases,
	uploadApprovals,
	uploadSourcing
} from './timeline-records-actions.server';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { access, campaignId, context } = await requireAccess(event, 'read');
	const campaign = findCampaign(context.db, campaignId)!;
	const rates = listFxRates(context.db, campaignId);
	const currencies = fxCurrencies(campaign, rates);
	const span = fxSpan(campaign, rates);
	const days = span
		? fxRatesByDay(rates, currencies, span.from, span.to, campaign.reportingCurrency)
		: [];
	return {
		canEdit: can(access, 'manage_campaign', { campaignId }),
		history: context.people.audit.list({
			campaignId,
			itemKind: 'campaign',
			itemId: campaignId
		}),
		fxDays: { currencies, days, missing: missingFxDays(days, currencies) },
		creators: listCreators(context.db, campaignId),
		timelineCounts: timelineRecordCounts(
			campaign.markets.map((m) => m.code),
			context.timeline.listSourcing(campaignId),
			context.timeline.listApprovals(campaignId)
		),
		timeZones: Intl.supportedValuesOf('timeZone')
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
		if (!form.ok) return fail(400, { section: 'general', ...form } satisfies SectionResult);
		const changed = applyCampaignSettings(campaign, form.data);
		const outside = phasesOutsideDates(campaign.phases, changed);
		if (outside) {
			const values = Object.fromEntries(
				Object.entries(form.data).map(([key, value]) => [key, String(value ?? '')])
			);
			return fail(400, {
				section: 'general',
				errors: { [outside.field]: problemText(outside.problem) },
				values
			} satisfies SectionResult);
		}
		const saved = saveCampaignChange(context, actor!.id, campaign, changed);
		return {
			section: 'general',
			notice: { kind: 'saved', changes: saved }
		} satisfies SectionResult;
	},
	markets: saveMarkets,
	phases: savePhases,
	actuals: saveActualPhases,
	setRate,
	removeRates,
	uploadRates,
	uploadCreators,
	uploadSourcing,
	uploadApprovals,
	uploadActualPhases
} satisfies Actions;
