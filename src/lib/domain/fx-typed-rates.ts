import { z } from 'zod';
import type { FxRate } from './campaign';
import { currencyField, dateField, optionalDateField } from './market-fields';
import { addDays, daysInRange } from './scoring/date-range';

/** The longest span one typed rate may cover, so that a typo in a year cannot write decades. */
export const MAX_TYPED_DAYS = 400;

/** The form that sets one rate for a currency over a span of days (`to` empty: one day). */
export const typedRateSchema = z
	.object({
		currency: currencyField,
		from: dateField,
		to: optionalDateField,
		rate: z
			.string()
			.trim()
			.min(1, 'problem_rate_missing')
			.transform((text) => Number(text.replace(',', '.')))
			.pipe(z.number({ message: 'problem_rate_number' }).positive('problem_rate_not_positive'))
	})
	.refine((form) => !form.to || form.from <= form.to, {
		path: ['to'],
		message: 'problem_span_ends_before_start'
	})
	.refine(
		(form) => !form.to || form.from > form.to || daysInRange(form.from, form.to) <= MAX_TYPED_DAYS,
		{
			path: ['to'],
			message: 'problem_span_too_long',
			params: { maximum: MAX_TYPED_DAYS }
		}
	);

/** The form that removes a currency's rates over a span of days. */
export const removeRatesSchema = z
	.object({ currency: currencyField, from: dateField, to: dateField })
	.refine((form) => form.from <= form.to, {
		path: ['to'],
		message: 'problem_span_ends_before_start'
	});

/** The rates a typed rate writes: one per day of its span. */
export function typedRates(form: z.infer<typeof typedRateSchema>): FxRate[] {
	const days = form.to ? daysInRange(form.from, form.to) : 1;
	return Array.from({ length: days }, (_, i) => ({
		date: addDays(form.from, i),
		currency: form.currency,
		rate: form.rate
	}));
}
