import { describe, expect, it } from 'vitest';
import { budgetRate, marketDaySpend } from './market-spend';

describe('marketDaySpend', () => {
	it('pairs the converted spend with the spend recorded in the market’s own currency', () => {
		const days = marketDaySpend(
			{ code: 'MX', currency: 'MXN' },
			[
				{ date: '2026-11-14', value: 50 },
				{ date: '2026-11-13', value: 100 },
				{ date: '2026-11-15', value: null }
			],
			[
				{ date: '2026-11-13', market: 'MX', currency: 'MXN', spend: 1860 },
				{ date: '2026-11-14', market: 'MX', currency: 'MXN', spend: 930 },
				{ date: '2026-11-14', market: 'MX', currency: 'USD', spend: 7 },
				{ date: '2026-11-14', market: 'BR', currency: 'MXN', spend: 999 }
			]
		);
		expect(days).toEqual([
			{ date: '2026-11-13', local: 1860, reporting: 100 },
			{ date: '2026-11-14', local: 930, reporting: 50 },
			{ date: '2026-11-15', local: 0, reporting: 0 }
		]);
	});
});

describe('budgetRate', () => {
	const rates = [
		{ date: '2026-11-20', currency: 'MXN', rate: 0.054 },
		{ date: '2026-11-21', currency: 'MXN', rate: 0.055 },
		{ date: '2026-11-23', currency: 'MXN', rate: 0.056 },
		{ date: '2026-11-22', currency: 'BRL', rate: 0.18 }
	];

	it('takes the latest rate on or before the as-of day', () => {
		expect(budgetRate(rates, 'MXN', 'USD', '2026-11-22')).toBe(0.055);
		expect(budgetRate(rates, 'BRL', 'USD', '2026-11-22')).toBe(0.18);
	});

	it('is 1 in the reporting currency and null without any rate', () => {
		expect(budgetRate(rates, 'USD', 'USD', '2026-11-22')).toBe(1);
		expect(budgetRate(rates, 'MXN', 'USD', '2026-11-19')).toBeNull();
		expect(budgetRate(rates, 'ARS', 'USD', '2026-11-22')).toBeNull();
	});
});
