import { z } from 'zod';
import type { Campaign } from './campaign';

// A field left out of the form counts as left empty.
const optionalDate = z
	.string()
	.trim()
	.default('')
	.transform((value) => (value === '' ? undefined : value))
	.pipe(
		z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD.')
			.optional()
	);

const budget = z
	.string()
	.trim()
	.default('')
	.transform((value) => (value === '' ? undefined : Number(value)))
	.pipe(
		z
			.number({ message: 'Enter an amount, such as 25000.' })
			.nonnegative('A budget cannot be negative.')
			.optional()
	);

/** The settings form of a campaign: its name, dates and a budget per market (local currency). */
export function campaignSettingsSchema(markets: readonly string[]) {
	return z
		.object({
			name: z.string().trim().min(1, 'Name the campaign.').max(200, 'Use at most 200 characters.'),
			start: optionalDate,
			end: optionalDate,
			...Object.fromEntries(markets.map((code) => [`budget_${code}`, budget]))
		})
		.refine((form) => !form.start || !form.end || form.start <= form.end, {
			path: ['end'],
			message: 'The campaign cannot end before it starts.'
		});
}

/** The campaign with the settings form applied; markets, phases and the rest stay as they were. */
export function applyCampaignSettings(
	campaign: Campaign,
	form: { name: string; start?: string; end?: string } & Record<string, unknown>
): Campaign {
	const budgets: Record<string, number> = {};
	for (const market of campaign.markets) {
		const value = form[`budget_${market.code}`];
		if (typeof value === 'number') budgets[market.code] = value;
	}
	return { ...campaign, name: form.name, start: form.start, end: form.end, budgets };
}

/** What changed between two versions of a campaign's settings, field by field, for the record. */
export function settingsChanges(
	before: Campaign,
	after: Campaign
): Record<string, { from: unknown; to: unknown }> {
	const changes: Record<string, { from: unknown; to: unknown }> = {};
	for (const field of ['name', 'start', 'end'] as const) {
		if (before[field] !== after[field]) {
			changes[field] = { from: before[field] ?? null, to: after[field] ?? null };
		}
	}
	for (const market of after.markets) {
		const from = before.budgets[market.code] ?? null;
		const to = after.budgets[market.code] ?? null;
		if (from !== to) changes[`budget ${market.code}`] = { from, to };
	}
	return changes;
}
