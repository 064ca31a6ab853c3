import { z } from 'zod';

/** How an actual is held against its target. */
export const COMPARATORS = ['>=', '<='] as const;

/** What a target is measured in. Percent targets are fractions: 0.035 is 3.5%. */
export const TARGET_UNITS = ['percent', 'currency', 'count', 'ratio'] as const;

/** The stretch a count target is set for; it is pro-rated by days to the range being scored. */
export const TARGET_PERIODS = ['campaign', 'day', 'week'] as const;

/** Attainment above this counts no more in the score, unless a definition says otherwise. */
export const DEFAULT_ATTAINMENT_CAP = 1.5;

const currencyCode = z
	.string()
	.regex(/^[A-Z]{3}$/, 'Use an ISO 4217 currency code such as USD or BRL.');

/**
 * Attainment thresholds: at or above `win` the KPI is won, at or above `onTrack` it is on
 * track, below it is missed.
 */
export const bandsSchema = z
	.strictObject({
		win: z.number().positive('A band is a positive attainment, such as 1 for 100%.'),
		onTrack: z.number().positive('A band is a positive attainment, such as 0.9 for 90%.')
	})
	.refine((bands) => bands.onTrack <= bands.win, {
		message: 'The on-track band cannot be above the win band.',
		path: ['onTrack']
	});
export type Bands = z.infer<typeof bandsSchema>;

/** One KPI of a success definition. */
export const kpiSchema = z
	.strictObject({
		metric: z.string().min(1, 'Name a metric.'),
		comparator: z.enum(COMPARATORS, {
			message: 'Use >= (higher is better) or <= (lower is better).'
		}),
		target: z.number({ message: 'A target is a number.' }).finite(),
		unit: z.enum(TARGET_UNITS, { message: `Use one of: ${TARGET_UNITS.join(', ')}.` }),
		/** The currency of a money target; actuals are converted at each day's rate. */
		currency: currencyCode.optional(),
		/** The period of a count target; absent means the whole campaign. */
		period: z.enum(TARGET_PERIODS).optional(),
		weight: z.number({ message: 'A weight is a number.' }).positive('A weight must be above zero.'),
		bands: bandsSchema.optional()
	})
	.superRefine((kpi, context) => {
		if (kpi.unit === 'currency' && !kpi.currency) {
			context.addIssue({
				code: 'custom',
				path: ['currency'],
				message: 'A money target needs its currency, such as USD.'
			});
		}
		if (kpi.unit !== 'currency' && kpi.currency) {
			context.addIssue({
				code: 'custom',
				path: ['currency'],
				message: 'Only a money target has a currency.'
			});
		}
		if (kpi.period && kpi.unit !== 'count') {
			context.addIssue({
				code: 'custom',
				path: ['period'],
				message: 'Only a count target has a period; rates and money per unit are not pro-rated.'
			});
		}
	});
export type Kpi = z.infer<typeof kpiSchema>;

// The schemas are strict: an unknown key is most often a typo (`comparitor`), never ignored.

/** What a team agreed success means, for the markets it applies to. */
export const definitionContentSchema = z.strictObject({
	id: z
		.string()
		.regex(
			/^[a-z0-9][a-z0-9-]{0,62}$/,
			'Use lowercase letters, digits and dashes, such as us-brand.'
		),
	team: z.string().trim().min(1, 'Name the team that owns the definition.'),
	markets: z
		.array(z.string().regex(/^[A-Z]{2}$/, 'Use two-letter market codes such as BR.'))
		.min(1, 'Name at least one market.'),
	rationale: z.string().default(''),
	kpis: z.array(kpiSchema).min(1, 'A definition needs at least one KPI.'),
	/** Attainment above this counts no more in the weighted score. */
	cap: z.number().min(1, 'The cap is at least 1 (100%).').default(DEFAULT_ATTAINMENT_CAP),
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
