import { describe, expect, it } from 'vitest';
import type { Campaign, FxRate } from './campaign';
import { fxCurrencies, fxRatesByDay, fxSpan, missingFxDays } from './fx-days';
import { typedRateSchema, typedRates } from './fx-typed-rates';
import { issueProblem } from './problem';

const rates: FxRate[] = [
	{ date: '2026-05-05', currency: 'BRL', rate: 0.18 },
	{ date: '2026-05-07', currency: 'BRL', rate: 0.19 },
	{ date: '2026-05-05', currency: 'USD', rate: 1 },
	{ date: '2026-05-06', currency: 'USD', rate: 1 },
	{ date: '2026-05-07', currency: 'USD', rate: 1 },
	{ date: '2026-05-06', currency: 'EUR', rate: 1.1 }
];
const campaign: Campaign = {
	id: 'launch',
	name: 'Launch',
	reportingCurrency: 'USD',
	markets: [
		{ code: 'US', name: 'US', currency: 'USD', timeZone: 'America/New_York', locale: 'en-US' },
		{ code: 'BR', name: 'BR', currency: 'BRL', timeZone: 'America/Sao_Paulo', locale: 'pt-BR' }
	],
	budgets: {},
	phases: []
};

describe('the rate used for each day', () => {
	it('is the rate dated that day; a day without one borrows nothing from its neighbours', () => {
		const days = fxRatesByDay(rates, ['USD', 'BRL'], '2026-05-05', '2026-05-08', 'EUR');
		expect(days).toEqual([
			{ date: '2026-05-05', rates: { USD: 1, BRL: 0.18 } },
			{ date: '2026-05-06', rates: { USD: 1, BRL: null } },
			{ date: '2026-05-07', rates: { USD: 1, BRL: 0.19 } },
			{ date: '2026-05-08', rates: { USD: null, BRL: null } }
		]);
		expect(missingFxDays(days, ['USD', 'BRL'])).toEqual({ USD: 1, BRL: 2 });
	});

	it('gives the reporting currency 1 on every day it is not listed', () => {
		const days = fxRatesByDay(rates, ['USD', 'BRL'], '2026-05-07', '2026-05-08', 'USD');
		expect(days.map((d) => d.rates.USD)).toEqual([1, 1]);
	});

	it('covers the markets’ currencies first, then any other the table lists', () => {
		expect(fxCurrencies(campaign, rates)).toEqual(['USD', 'BRL', 'EUR']);
	});

	it('spans the campaign’s dates, else the rates’ own span', () => {
		expect(fxSpan({ start: '2026-05-01', end: '2026-05-31' }, rates)).toEqual({
			from: '2026-05-01',
			to: '2026-05-31'
		});
		expect(fxSpan({}, rates)).toEqual({ from: '2026-05-05', to: '2026-05-07' });
		expect(fxSpan({}, [])).toBeNull();
	});
});

describe('a typed rate', () => {
	it('writes one rate per day of its span, or one day without an end', () => {
		const form = typedRateSchema.parse({
			currency: 'brl',
			from: '2026-05-30',
			to: '2026-06-01',
			rate: '0,181'
		});
		expect(typedRates(form)).toEqual([
			{ date: '2026-05-30', currency: 'BRL', rate: 0.181 },
			{ date: '2026-05-31', currency: 'BRL', rate: 0.181 },
			{ date: '2026-06-01', currency: 'BRL', rate: 0.181 }
		]);
		expect(
			typedRates(typedRateSchema.parse({ currency: 'USD', from: '2026-05-05', to: '', rate: '1' }))
		).toEqual([{ date: '2026-05-05', currency: 'USD', rate: 1 }]);
	});

	it('refuses a zero rate, a backwards span and a span of years', () => {
		const problems = (input: Record<string, string>) => {
			const result = typedRateSchema.safeParse(input);
			return result.success
				? []
				: result.error.issues.map((i) => [String(i.path[0]), issueProblem(i)]);
		};
		expect(problems({ currency: 'USD', from: '2026-05-05', to: '', rate: '0' })).toEqual([
			['rate', { code: 'problem_rate_not_positive', params: { minimum: 0 } }]
		]);
		expect(problems({ currency: 'USD', from: '2026-05-05', to: '2026-05-01', rate: '1' })).toEqual([
			['to', { code: 'problem_span_ends_before_start' }]
		]);
		expect(problems({ currency: 'USD', from: '2026-01-01', to: '2028-01-01', rate: '1' })).toEqual([
			['to', { code: 'problem_span_too_long', params: { maximum: 400 } }]
		]);
		expect(problems({ currency: 'USD', from: '2026-01-01', to: '', rate: 'one' })).toEqual([
			['rate', { code: 'problem_rate_number' }]
		]);
	});
});
