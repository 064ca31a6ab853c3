import { z } from 'zod';
import type { Campaign } from './campaign';
import type { RowsResult } from './form-rows';
import { currencyField, nameField, optionalDateField } from './market-fields';
import { readMarketRows, type MarketRow } from './market-rows';
import { issueProblem, type Problem } from './problem';

// Paths under /campaigns/ that are pages of their own, not campaigns.
const RESERVED_IDS = new Set(['new']);

/** A campaign id: what its address is made of. */
export const campaignIdField = z
	.string()
	.trim()
	.min(1, 'problem_campaign_id_missing')
	.max(63, 'problem_too_long')
	.regex(/^[a-z0-9][a-z0-9-]*$/, 'problem_campaign_id_shape')
	.refine((id) => !RESERVED_IDS.has(id), 'problem_campaign_id_reserved');

/** An id suggested from a campaign's name: lowercase ASCII words joined by dashes. */
export function suggestCampaignId(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 63)
		.replace(/-+$/, '');
}

const common = { id: campaignIdField, name: nameField };

const fromScratchSchema = z
	.object({
		...common,
		reportingCurrency: currencyField,
		start: optionalDateField,
		end: optionalDateField
	})
	.refine((form) => !form.start || !form.end || form.start <= form.end, {
		path: ['end'],
		message: 'problem_campaign_ends_before_start'
	});

const fromCopySchema = z.object({
	...common,
	copyFrom: z.string().trim().min(1, 'problem_copy_from_missing')
});

/** What the new-campaign form asks for: a campaign made from scratch, or a copy of another. */
export type NewCampaign =
	| { from: 'scratch'; campaign: Campaign }
	| { from: 'copy'; id: string; name: string; copyFrom: string };

/**
 * Reads the new-campaign form. From scratch it needs a reporting currency and markets (dates
 * optional); from a copy only the new id, name and the campaign to copy, whose settings are
 * taken whole (the markets typed are not read then).
 */
export function readNewCampaign(
	fields: Readonly<Record<string, string | undefined>>,
	marketRows: readonly MarketRow[]
): RowsResult<NewCampaign> {
	const errors: Record<string, Problem> = {};
	const collect = (issues: z.ZodError['issues']) => {
		for (const issue of issues) errors[String(issue.path[0] ?? 'form')] ??= issueProblem(issue);
	};
	if (fields.from === 'copy') {
		const parsed = fromCopySchema.safeParse(fields);
		if (!parsed.success) {
			collect(parsed.error.issues);
			return { ok: false, errors };
		}
		return { ok: true, value: { from: 'copy', ...parsed.data } };
	}
	const parsed = fromScratchSchema.safeParse(fields);
	if (!parsed.success) collect(parsed.error.issues);
	const markets = readMarketRows(marketRows);
	if (!markets.ok) Object.assign(errors, markets.errors);
	if (!parsed.success || !markets.ok) return { ok: false, errors };
	const { id, name, reportingCurrency, start, end } = parsed.data;
	const campaign: Campaign = {
		id,
		name,
		reportingCurrency,
		markets: markets.value,
		budgets: {},
		phases: []
	};
	if (start) campaign.start = start;
	if (end) campaign.end = end;
	return { ok: true, value: { from: 'scratch', campaign } };
}
