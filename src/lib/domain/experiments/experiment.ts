import { z } from 'zod';
import { isIsoDate } from '../market-fields';

/**
 * Columns a test's metric may divide: the additive counts. Money is left out, as markets hold
 * it in different currencies and the pooled row would add them up.
 */
export const EXPERIMENT_MEASURES = [
	'impressions',
	'views',
	'likes',
	'comments',
	'shares',
	'saves',
	'clicks',
	'conversions'
] as const;
export type ExperimentMeasure = (typeof EXPERIMENT_MEASURES)[number];

/** The split planned when none is set: equal shares. */
export const EQUAL_SPLIT: readonly [number, number] = [50, 50];

/** The checks of a test's single values, shared by the stored content and its form. */
export const experimentFields = {
	name: z.string().trim().min(1, 'problem_experiment_name_missing').max(120, 'problem_too_long'),
	variant: z
		.string()
		.trim()
		.min(1, 'problem_experiment_variant_missing')
		.max(100, 'problem_too_long'),
	market: z.string().regex(/^[A-Z]{2}$/, 'problem_market_code'),
	measure: z.enum(EXPERIMENT_MEASURES, { message: 'problem_experiment_measure' }),
	share: z
		.number({ message: 'problem_experiment_split_share' })
		.positive('problem_experiment_split_share')
		.max(1000, 'problem_experiment_split_share'),
	date: z.string().trim().min(1, 'problem_date_missing').refine(isIsoDate, 'problem_date_invalid'),
	hypothesis: z.string().trim().max(2000, 'problem_too_long'),
	mde: z
		.number({ message: 'problem_experiment_mde' })
		.positive('problem_experiment_mde')
		.max(10, 'problem_experiment_mde')
};

const { name, variant, market, measure, share, date, hypothesis, mde } = experimentFields;

/**
 * A split test as it is stored: two variants of the facts' `variant` column (control first),
 * the markets it runs in, the metric as a ratio of two count columns, the planned split
 * (control first, in any scale), its dates, the hypothesis and the minimum detectable effect
 * as a relative lift (0.05 is 5 %).
 */
export const experimentContentSchema = z
	.strictObject({
		name,
		variants: z.tuple([variant, variant]),
		markets: z.array(market).min(1, 'problem_experiment_markets_missing'),
		metric: z.strictObject({ numerator: measure, denominator: measure }),
		split: z.tuple([share, share]).default([...EQUAL_SPLIT] as [number, number]),
		start: date,
		end: date,
		hypothesis: hypothesis.default(''),
		mde
	})
	.refine((test) => test.variants[0] !== test.variants[1], {
		path: ['variants'],
		message: 'problem_experiment_variants_same'
	})
	.refine((test) => test.metric.numerator !== test.metric.denominator, {
		path: ['metric'],
		message: 'problem_experiment_metric_same'
	})
	.refine((test) => test.start <= test.end, {
		path: ['end'],
		message: 'problem_experiment_ends_before_start'
	})
	.refine((test) => new Set(test.markets).size === test.markets.length, {
		path: ['markets'],
		message: 'problem_experiment_markets_repeated'
	});
export type ExperimentContent = z.infer<typeof experimentContentSchema>;
export type ExperimentContentInput = z.input<typeof experimentContentSchema>;

/** A stored test: its content, its id in the campaign, and the revision its editor starts from. */
export interface Experiment {
	id: string;
	content: ExperimentContent;
	revision: number;
	createdAt: string;
	updatedAt: string;
	updatedBy: string | null;
}

/** An experiment id: lowercase letters, digits and dashes, as a slug of its first name. */
export const experimentIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/);

/**
 * The id for a new test: its name as a slug ("Creative B vs A" → `creative-b-vs-a`), made
 * unique among `taken` with a number; `test` when the name has no letter or digit to keep.
 */
export function experimentIdFor(name: string, taken: ReadonlySet<string>): string {
	const slug =
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 56)
			.replace(/-+$/, '') || 'test';
	if (!taken.has(slug)) return slug;
	let n = 2;
	while (taken.has(`${slug}-${n}`)) n++;
	return `${slug}-${n}`;
}

/** True when two test names would read as the same name (case and spacing aside). */
export function sameExperimentName(a: string, b: string): boolean {
	const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
	return key(a) === key(b);
}

/**
 * The id of the metric (built-in or the campaign's own) whose formula is the test's ratio,
 * `sum(numerator) / sum(denominator)` written with any spacing, such as `ctr` for clicks per
 * impression; null when no metric is written that way.
 */
export function metricIdOfTest(
	metric: ExperimentContent['metric'],
	metrics: ReadonlyMap<string, { formula: unknown }>
): string | null {
	const wanted = `sum(${metric.numerator})/sum(${metric.denominator})`;
	for (const [id, source] of metrics) {
		if (typeof source.formula === 'string' && source.formula.replace(/\s+/g, '') === wanted)
			return id;
	}
	return null;
}
