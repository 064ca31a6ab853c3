import { z } from 'zod';

/** How an actual is held against its target. */
export const COMPARATORS = ['>=', '<='] as const;

/** What a target is measured in. Percent targets are fractions: 0.035 is 3.5%. */
export const TARGET_UNITS = ['percent', 'currency', 'count', 'ratio'] as const;

/** The stretch a count target is set for; it is pro-rated by days to the range being scored. */
export const TARGET_PERIODS = ['campaign', 'day', 'week'] as const;

/** Attainment above this counts no more in the score, unless a definition says otherwise. */
export const DEFAULT_ATTAINMENT_CAP = 1.5;

// Every check's message is a problem code (src/lib/domain/problem.ts), worded where it is shown.

const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'problem_currency_code');

/**
 * Attainment thresholds: at or above `win` the KPI is won, at or above `onTrack` it is on
 * track, below it is missed.
 */
export const bandsSchema = z
	.strictObject({
		win: z.number({ message: 'problem_band_win' }).positive('problem_band_win'),
		onTrack: z.number({ message: 'problem_band_on_track' }).positive('problem_band_on_track')
	})
	.refine((bands) => bands.onTrack <= bands.win, {
		message: 'problem_bands_order',
		path: ['onTrack']
	});
export type Bands = z.infer<typeof bandsSchema>;

/** One KPI of a success definition. */
export const kpiSchema = z
	.strictObject({
		metric: z.string().min(1, 'problem_kpi_metric_missing'),
		comparator: z.enum(COMPARATORS, { message: 'problem_comparator' }),
		target: z.number({ message: 'problem_target_number' }).finite('problem_target_number'),
		unit: z.enum(TARGET_UNITS, { message: 'problem_target_unit' }),
		/** The currency of a money target; actuals are converted at each day's rate. */
		currency: currencyCode.optional(),
		/** The period of a count target; absent means the whole campaign. */
		period: z.enum(TARGET_PERIODS, { message: 'problem_target_period' }).optional(),
		weight: z.number({ message: 'problem_weight_number' }).positive('problem_weight_positive'),
		bands: bandsSchema.optional()
	})
	.superRefine((kpi, context) => {
		if (kpi.unit === 'currency' && !kpi.currency) {
			context.addIssue({
				code: 'custom',
				path: ['currency'],
				message: 'problem_money_currency_missing'
			});
		}
		if (kpi.unit !== 'currency' && kpi.currency) {
			context.addIssue({
				code: 'custom',
				path: ['currency'],
				message: 'problem_currency_not_money'
			});
		}
		if (kpi.period && kpi.unit !== 'count') {
			context.addIssue({
				code: 'custom',
				path: ['period'],
				message: 'problem_period_not_count'
			});
		}
	});
export type Kpi = z.infer<typeof kpiSchema>;

// The schemas are strict: an unknown key is most often a typo (`comparitor`), never ignored.

/** What a team agreed success means, for the markets it applies to. */
export const definitionContentSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'problem_definition_id'),
	team: z.string().trim().min(1, 'problem_team_missing'),
	markets: z
		.array(z.string().regex(/^[A-Z]{2}$/, 'problem_market_code'))
		.min(1, 'problem_markets_none'),
	rationale: z.string().default(''),
	kpis: z.array(kpiSchema).min(1, 'problem_kpis_none'),
	/** Attainment above this counts no more in the weighted score. */
	cap: z
		.number({ message: 'problem_cap_minimum' })
		.min(1, 'problem_cap_minimum')
		.default(DEFAULT_ATTAINMENT_CAP),
	/** Bands for the weighted score; without them the overall verdict is met or not met at 1. */
	bands: bandsSchema.optional()
});
export type DefinitionContent = z.infer<typeof definitionContentSchema>;

/** Someone who must sign a definition off, and when they did (null: not yet). */
export interface Signatory {
	accountId: string;
	name: string;
	signedAt: string | null;
}

/** One version of a definition as stored: its content, who signs it, and whether it is frozen. */
export interface DefinitionVersion extends DefinitionContent {
	version: number;
	signatories: Signatory[];
	/** Signed off by every signatory: frozen; a change makes the next version. */
	signedOff: boolean;
	createdAt: string;
	createdBy: string | null;
}

/** A verdict on a KPI or a score: with bands, win / on track / miss; without, met / not met. */
export type Verdict = 'win' | 'on_track' | 'miss' | 'met' | 'not_met' | 'no_data';

/** The content of a stored version, without its version, signatories and stamps. */
export function contentOf(definition: DefinitionContent): DefinitionContent {
	const { id, team, markets, rationale, kpis, cap, bands } = definition;
	return bands
		? { id, team, markets, rationale, kpis, cap, bands }
		: { id, team, markets, rationale, kpis, cap };
}
