import { fail, type RequestEvent } from '@sveltejs/kit';
import {
	actualPhasesOf,
	droppedPhasesWithActuals,
	readActualPhases
} from '$lib/domain/actual-phases';
import type { Campaign } from '$lib/domain/campaign';
import { readRows } from '$lib/domain/form-rows';
import { applyMarkets, marketRemovalProblems } from '$lib/domain/market-changes';
import { MARKET_FIELDS, MARKET_PREFIX, readMarketRows } from '$lib/domain/market-rows';
import { PHASE_FIELDS, PHASE_PREFIX, readPhaseRows } from '$lib/domain/phase-rows';
import { saveCampaignChange } from '$lib/server/campaign-change';
import { findCampaign } from '$lib/server/campaign-store';
import { requireAccess } from '$lib/server/http/guard';
import { marketUsage } from '$lib/server/market-usage';
import { problemText, problemTexts } from '$lib/i18n/problem-text';
import type { SectionResult } from './section-result';

/** Saves the markets form: rows checked, and no market with data, creators or definitions removed. */
export async function saveMarkets(event: RequestEvent) {
	const { context, actor, campaignId } = await requireAccess(event, 'manage_campaign');
	const campaign = findCampaign(context.db, campaignId)!;
	const form = await event.request.formData();
	const rows = readRows(form, MARKET_PREFIX, MARKET_FIELDS);
	const read = readMarketRows(rows);
	if (!read.ok) return refuse('markets', problemTexts(read.errors), rows);
	const usage = await marketUsage(context, campaign);
	const refusals = marketRemovalProblems(campaign.markets, read.value, usage);
	if (refusals.length > 0) {
		const refusal = refusals.map((found) => problemText(found)).join(' ');
		return refuse('markets', { [MARKET_PREFIX]: refusal }, rows);
	}
	const saved = saveCampaignChange(
		context,
		actor!.id,
		campaign,
		applyMarkets(campaign, read.value)
	);
	return done('markets', saved);
}

/** Saves the planned phases form: each inside the campaign's dates, none overlapping. */
export async function savePhases(event: RequestEvent) {
	const { context, actor, campaignId } = await requireAccess(event, 'manage_campaign');
	const campaign = findCampaign(context.db, campaignId)!;
	const form = await event.request.formData();
	const rows = readRows(form, PHASE_PREFIX, PHASE_FIELDS);
	const read = readPhaseRows(rows, campaign);
	if (!read.ok) return refuse('phases', problemTexts(read.errors), rows);
	const dropped = droppedPhasesWithActuals(campaign, read.value);
	if (dropped) return refuse('phases', { [PHASE_PREFIX]: problemText(dropped) }, rows);
	const saved = saveCampaignChange(context, actor!.id, campaign, {
		...campaign,
		phases: read.value
	});
	return done('phases', saved);
}

/** Saves the actual phase dates of every market. */
export async function saveActualPhases(event: RequestEvent) {
	const { context, actor, campaignId } = await requireAccess(event, 'manage_campaign');
	const campaign = findCampaign(context.db, campaignId)!;
	const form = await event.request.formData();
	const values: Record<string, string> = {};
	for (const [key, value] of form) if (typeof value === 'string') values[key] = value;
	const read = readActualPhases(campaign, values);
	if (!read.ok) {
		const errors = problemTexts(read.errors);
		return fail(400, { section: 'actuals', errors, values } satisfies SectionResult);
	}
	const after: Campaign = { ...campaign, actualPhases: read.value };
	const before: Campaign = { ...campaign, actualPhases: actualPhasesOf(campaign) };
	return done('actuals', saveCampaignChange(context, actor!.id, before, after));
}

function refuse(
	section: 'markets' | 'phases',
	errors: Record<string, string>,
	rows: Record<string, string>[]
) {
	return fail(400, { section, errors, rows } satisfies SectionResult);
}

function done(section: SectionResult['section'], changes: number): SectionResult {
	return { section, notice: { kind: 'saved', changes } };
}
