import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const currencyCode = z
	.string()
	.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as BRL');

/** A market of a campaign: its money, clock and way of writing numbers. */
export const marketSchema = z.object({
	code: z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter market code such as MX'),
	name: z.string().min(1),
	currency: currencyCode,
	timeZone: z.string().min(1),
	locale: z.string().min(2)
});
export type Market = z.infer<typeof marketSchema>;

/** A named stretch of the campaign (alignment, sourcing, soft launch, live…). */
export const phaseSchema = z.object({
	id: z.string().min(1),
	label: z.string().min(1),
	start: isoDate,
	end: isoDate
});
export type Phase = z.infer<typeof phaseSchema>;

/** When a planned phase really ran in one market; no `end` while it is still running. */
export const actualPhaseSchema = z.object({
	phaseId: z.string().min(1),
	start: isoDate,
	end: isoDate.optional()
});
export type ActualPhase = z.infer<typeof actualPhaseSchema>;

/** A campaign as stored and as the seed files describe it. */
export const campaignSchema = z.object({
	id: z
		.string()
		.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'expected lowercase letters, digits and dashes'),
	name: z.string().min(1).max(200),
	reportingCurrency: currencyCode,
	markets: z.array(marketSchema).min(1),
	budgets: z.record(z.string(), z.number().nonnegative()).default({}),
	phases: z.array(phaseSchema).default([]),
	/** Actual phase dates per market code; absent (as in older records) means none yet. */
	actualPhases: z.record(z.string(), z.array(actualPhaseSchema)).optional(),
	start: isoDate.optional(),
	end: isoDate.optional()
});
export type Campaign = z.infer<typeof campaignSchema>;

/** One FX rate: how many units of the reporting currency one unit of `currency` is worth. */
export const fxRateSchema = z.object({
	date: isoDate,
	currency: currencyCode,
	rate: z.number().positive()
});
export type FxRate = z.infer<typeof fxRateSchema>;
