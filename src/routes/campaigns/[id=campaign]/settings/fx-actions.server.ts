import { fail, type RequestEvent } from '@sveltejs/kit';
import { readFxCsv } from '$lib/domain/fx-csv';
import { removeRatesSchema, typedRateSchema, typedRates } from '$lib/domain/fx-typed-rates';
import { recordCampaignListChange } from '$lib/server/campaign-change';
import { deleteFxRates, upsertFxRates } from '$lib/server/fx-store';
import { readForm } from '$lib/server/http/form';
import { requireAccess } from '$lib/server/http/guard';
import { uploadedText } from '$lib/server/http/uploaded-text';
import { csvProblemTexts } from './csv-problem-text';
import type { SectionResult } from './section-result';

/** Sets one typed rate for a currency over a span of days. */
export async function setRate(event: RequestEvent) {
	const { context, actor, campaignId } = await requireAccess(event, 'manage_campaign');
	const form = await readForm(event.request, typedRateSchema);
	if (!form.ok) return fail(400, { section: 'fx', ...form } satisfies SectionResult);
	const rates = typedRates(form.data);
	upsertFxRates(context.db, campaignId, rates);
	const { currency, rate, from } = form.data;
	const to = rates.at(-1)!.date;
	recordCampaignListChange(context.people, actor!.id, campaignId, 'fx_rates_changed', {
		set: `${currency} ${rate} from ${from} to ${to}`,
		days: rates.length
	});
	return {
		section: 'fx',
		notice: { kind: 'rate_set', currency, rate, days: rates.length }
	} satisfies SectionResult;
}

/** Removes a currency's rates over a span of days. */
export async function removeRates(event: RequestEvent) {
	const { context, actor, campaignId } = await requireAccess(event, 'manage_campaign');
	const form = await readForm(event.request, removeRatesSchema);
	if (!form.ok) return fail(400, { section: 'fx', ...form } satisfies SectionResult);
	const { currency, from, to } = form.data;
	const removed = deleteFxRates(context.db, campaignId, currency, from, to);
	if (removed > 0) {
		recordCampaignListChange(context.people, actor!.id, campaignId, 'fx_rates_changed', {
			removed: `${currency} from ${from} to ${to}`,
			days: removed
		});
	}
	return {
		section: 'fx',
		notice: { kind: 'rates_removed', currency, count: removed }
	} satisfies SectionResult;
}

/** Reads an uploaded FX file; every rate is set when the whole file is good, none otherwise. */
export async function uploadRates(event: RequestEvent) {
	const { context, actor, campaignId } = await requireAccess(event, 'manage_campaign');
	const upload = await uploadedText(
		await event.request.formData(),
		'file',
		context.config.maxUploadBytes
	);
	if (!upload.ok) {
		return fail(400, { section: 'fx', errors: { file: upload.message } } satisfies SectionResult);
	}
	const { rates, problems } = readFxCsv(upload.text);
	if (problems.length > 0) {
		return fail(400, {
			section: 'fx',
			refused: { kind: 'fx_problems', file: upload.name, problems: problems.length },
			problems: csvProblemTexts(problems)
		} satisfies SectionResult);
	}
	upsertFxRates(context.db, campaignId, rates);
	const currencies = [...new Set(rates.map((r) => r.currency))];
	recordCampaignListChange(context.people, actor!.id, campaignId, 'fx_rates_changed', {
		file: upload.name,
		rates: rates.length,
		currencies
	});
	return {
		section: 'fx',
		notice: { kind: 'rates_uploaded', file: upload.name, count: rates.length, currencies }
	} satisfies SectionResult;
}
