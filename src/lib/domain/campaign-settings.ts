import { z } from 'zod';
import type { Campaign } from './campaign';
import { currencyField } from './market-fields';

// A field left out of the form counts as left empty.
const optionalDate = z
	.string()
	.trim()
	.default('')
	.transform((value) => (value === '' ? undefined : value))
	.pipe(
		z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}$/, 'problem_date_invalid')
			.optional()
	);

const budget = z
	.string()
	.trim()
	.default('')
	.transform((value) => (value === '' ? undefined : Number(value)))
	.pipe(
		z.number({ message: 'problem_budget_amount' }).nonnegative('problem_budget_negative').optional()
	);

/**
 * The settings form of a campaign: its name, dates, reporting currency (kept when left out)
 * and a budget per market (local currency).
 */
export function campaignSettingsSchema(markets: readonly string[]) {
	return z
		.object({
			name: z.string().trim().min(1, 'problem_campaign_name_missing').max(200, 'problem_too_long'),
			reportingCurrency: currencyField.optional(),
			start: optionalDate,
			end: optionalDate,
			...Object.fromEntries(markets.map((code) => [`budget_${code}`, budget]))
		})
		.refine((form) => !form.start || !form.end || form.start <= form.end, {
			path: ['end'],
			message: 'problem_campaign_ends_before_start'
		});
}

/** The campaign with the settings form applied; markets, phases and the rest stay as they were. */
export function applyCampaignSettings(
	campaign: Campaign,
	form: { name: string; reportingCurrency?: string; start?: string; end?: string } & Record<
		string,
		unknown
	>
): Campaign {
	const budgets: Record<string, number> = {};
	for (const market of campaign.markets) {
		const value = form[`budget_${market.code}`];
		if (typeof value === 'number') budgets[market.code] = value;
	}
	return {
		...campaign,
		name: form.name,
		reportingCurrency: form.reportingCurrency ?? campaign.reportingCurrency,
		start: form.start,
		end: form.end,
		budgets
	};
}

/**
 * What changed between two versions of a campaign's settings, field by field, for the record:
 * name, dates and reporting currency, each budget, each market, each planned phase and each
 * market's actual phase dates.
 */
export function settingsChanges(
	before: Campaign,
	after: Campaign
): Record<string, { from: unknown; to: unknown }> {
	const changes: Record<string, { from: unknown; to: unknown }> = {};
	const note = (key: string, from: unknown, to: unknown) => {
		if (from !== to) changes[key] = { from, to };
	};
	for (const field of ['name', 'start', 'end', 'reportingCurrency'] as const) {
		note(field, before[field] ?? null, after[field] ?? null);
	}
	for (const market of after.markets) {
		note(
			`budget ${market.code}`,
			before.budgets[market.code] ?? null,
			after.budgets[market.code] ?? null
		);
	}
	const markets = keyed(before.markets, after.markets, (m) => m.code, describeMarket);
	for (const [code, from, to] of markets) note(`market ${code}`, from, to);
	const phases = keyed(before.phases, after.phases, (p) => p.id, describePhase);
	for (const [id, from, to] of phases) note(`phase ${id}`, from, to);
	const codes = new Set([
		...Object.keys(before.actualPhases ?? {}),
		...Object.keys(after.actualPhases ?? {})
	]);
	for (const code of codes) {
		note(
			`actual phases ${code}`,
			describeActuals(before.actualPhases?.[code]),
			describeActuals(after.actualPhases?.[code])
		);
	}
	return changes;
}

/** Each key's description before and after (null where it is absent). */
function keyed<T>(
	before: readonly T[],
	after: readonly T[],
	key: (item: T) => string,
	describe: (item: T) => string
): [string, string | null, string | null][] {
	const from = new Map(before.map((item) => [key(item), describe(item)]));
	const to = new Map(after.map((item) => [key(item), describe(item)]));
	return [...new Set([...from.keys(), ...to.keys()])].map((k) => [
		k,
		from.get(k) ?? null,
		to.get(k) ?? null
	]);
}

function describeMarket(market: Campaign['markets'][number]): string {
	return `${market.name} · ${market.currency} · ${market.timeZone} · ${market.locale}`;
}

function describePhase(phase: Campaign['phases'][number]): string {
	return `${phase.label} ${phase.start} to ${phase.end}`;
}

function describeActuals(
	actuals: NonNullable<Campaign['actualPhases']>[string] | undefined
): string | null {
	if (!actuals || actuals.length === 0) return null;
	return actuals.map((a) => `${a.phaseId} ${a.start} to ${a.end ?? 'now'}`).join('; ');
}
