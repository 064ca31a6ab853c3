import { z } from 'zod';
import { EQUAL_SPLIT, experimentFields, type ExperimentContent } from './experiment';

/** A number as typed: a dot or a comma before the decimals; blank is no number. */
function typedNumber(text: string): number | undefined {
	const trimmed = text.trim().replace(',', '.');
	return trimmed === '' ? undefined : /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
}

/** A checkbox group: absent, one value or many, always as a list. */
const checked = z.preprocess(
	(value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
	z.array(z.string())
);

const text = z.string().default('');

/** A share of the planned split as typed; blank leaves the split equal. */
const typedShare = text.transform(typedNumber).pipe(experimentFields.share.optional());

/**
 * The form that defines or edits a test, its fields as posted: `name`, `control`, `treatment`,
 * `markets` (checkboxes), `numerator`, `denominator`, `split_control` and `split_treatment`
 * (both blank for an equal split), `start`, `end`, `hypothesis` and `mde` (a relative lift in
 * percent, such as 5). Each problem is filed under the field to mend; the result is the
 * content to store.
 */
export function experimentFormSchema(campaignMarkets: readonly string[]) {
	return z
		.object({
			name: text.pipe(experimentFields.name),
			control: text.pipe(experimentFields.variant),
			treatment: text.pipe(experimentFields.variant),
			markets: checked
				.pipe(z.array(experimentFields.market).min(1, 'problem_experiment_markets_missing'))
				.superRefine((markets, context) => {
					const unknown = markets.filter((code) => !campaignMarkets.includes(code));
					if (unknown.length > 0)
						context.addIssue({
							code: 'custom',
							message: 'problem_markets_unknown',
							params: { markets: unknown.join(', ') }
						});
				}),
			numerator: text.pipe(experimentFields.measure),
			denominator: text.pipe(experimentFields.measure),
			split_control: typedShare,
			split_treatment: typedShare,
			start: text.pipe(experimentFields.date),
			end: text.pipe(experimentFields.date),
			hypothesis: text.pipe(experimentFields.hypothesis),
			mde: text
				.transform((typed) => typedNumber(typed.replace(/%\s*$/, '')))
				.pipe(z.number({ message: 'problem_experiment_mde' }))
				.transform((percent) => percent / 100)
				.pipe(experimentFields.mde)
		})
		.refine((form) => form.control.trim() !== form.treatment.trim(), {
			path: ['treatment'],
			message: 'problem_experiment_variants_same'
		})
		.refine((form) => form.numerator !== form.denominator, {
			path: ['denominator'],
			message: 'problem_experiment_metric_same'
		})
		.refine((form) => form.start <= form.end, {
			path: ['end'],
			message: 'problem_experiment_ends_before_start'
		})
		.refine((form) => (form.split_control === undefined) === (form.split_treatment === undefined), {
			path: ['split_treatment'],
			message: 'problem_experiment_split_both'
		})
		.transform((form): ExperimentContent => ({
			name: form.name,
			variants: [form.control, form.treatment],
			markets: campaignMarkets.filter((code) => form.markets.includes(code)),
			metric: { numerator: form.numerator, denominator: form.denominator },
			split:
				form.split_control !== undefined && form.split_treatment !== undefined
					? [form.split_control, form.split_treatment]
					: [...EQUAL_SPLIT],
			start: form.start,
			end: form.end,
			hypothesis: form.hypothesis,
			mde: form.mde
		}));
}

/** The form's fields filled from a stored test, to edit it. */
export function experimentFormValues(content: ExperimentContent): Record<string, string> {
	const equal = content.split[0] === content.split[1];
	return {
		name: content.name,
		control: content.variants[0],
		treatment: content.variants[1],
		markets: content.markets.join(','),
		numerator: content.metric.numerator,
		denominator: content.metric.denominator,
		split_control: equal ? '' : String(content.split[0]),
		split_treatment: equal ? '' : String(content.split[1]),
		start: content.start,
		end: content.end,
		hypothesis: content.hypothesis,
		mde: String(Math.round(content.mde * 1e6) / 1e4)
	};
}
