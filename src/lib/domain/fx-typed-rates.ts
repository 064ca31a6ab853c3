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
			.min(1, 'Enter a rate, such as 0.18.')
			.transform((text) => Number(text.replace(',', '.')))
			.pipe(
				z
					.number({ message: 'Enter a rate as a number, such as 0.18.' })
					.positive('A rate must be above zero.')
			)
	})
	.refine((form) => !form.to || form.from <= form.to, {
		path: ['to'],
		message: 'The span cannot end before it starts.'
	})
	.refine(
		(form) => !form.to || form.from > form.to || daysInRange(form.from, form.to) <= MAX_TYPED_DAYS,
		{
			path: ['to'],
			message: `Set at most ${MAX_TYPED_DAYS} days at once.`
		}
	);

/** The form that removes a currency's rates over a span of days. */
export const removeRatesSchema = z
	.object({ currency: currencyField, from: dateField, to: dateField })
	.refine((form) => form.from <= form.to, {
		path: ['to'],
		message: 'The span cannot end before it starts.'
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
