import { describe, expect, it } from 'vitest';
import { effectiveTarget } from './targets';

// 1 Mar to 25 Apr 2024: 31 days of March + 25 of April = 56 days.
const campaign = { start: '2024-03-01', end: '2024-04-25' };
const firstTwoWeeks = { from: '2024-03-01', to: '2024-03-14' };

describe('effectiveTarget for a campaign count target', () => {
	const views = { target: 56_000, unit: 'count', period: 'campaign' } as const;

	it('pro-rates to the days of the range: 56,000 × 14 / 56 = 14,000', () => {
		expect(effectiveTarget(views, firstTwoWeeks, campaign)).toEqual({
			target: 14_000,
			rule: "56,000 for the campaign's 56 days, pro-rated to 14 days"
		});
	});

	it('treats a target without a period as a campaign target', () => {
		const { period: _period, ...withoutPeriod } = views;
		expect(effectiveTarget(withoutPeriod, firstTwoWeeks, campaign)).toEqual(
			effectiveTarget(views, firstTwoWeeks, campaign)
		);
	});

	it('keeps the whole target for a range that covers the campaign', () => {
		const beyond = { from: '2024-02-01', to: '2024-05-31' };
		expect(effectiveTarget(views, beyond, campaign)).toEqual({
			target: 56_000,
			rule: "56,000 for the campaign's 56 days"
		});
	});

	it('counts only the campaign days inside the range: 20–25 Apr is 6 days, 56,000 × 6 / 56 = 6,000', () => {
		const pastTheEnd = { from: '2024-04-20', to: '2024-05-03' };
		expect(effectiveTarget(views, pastTheEnd, campaign)).toEqual({
			target: 6_000,
			rule: "56,000 for the campaign's 56 days, pro-rated to 6 days"
		});
	});

	it('gives a zero target to a range outside the campaign', () => {
		const after = { from: '2024-05-01', to: '2024-05-14' };
		expect(effectiveTarget(views, after, campaign)).toEqual({
			target: 0,
			rule: "56,000 for the campaign's 56 days, pro-rated to 0 days"
		});
	});

	it('writes large and fractional targets plainly', () => {
		// 120,000 × 14 / 56 = 30,000.
		expect(effectiveTarget({ ...views, target: 120_000 }, firstTwoWeeks, campaign)).toEqual({
			target: 30_000,
			rule: "120,000 for the campaign's 56 days, pro-rated to 14 days"
		});
		// 1,234.5 × 14 / 56 = 308.625.
		expect(effectiveTarget({ ...views, target: 1234.5 }, firstTwoWeeks, campaign)).toEqual({
			target: 308.625,
			rule: "1,234.5 for the campaign's 56 days, pro-rated to 14 days"
		});
	});
});

describe('effectiveTarget for daily and weekly count targets', () => {
	it('multiplies a daily target by the days of the range: 1,000 × 14 = 14,000', () => {
		const daily = { target: 1_000, unit: 'count', period: 'day' } as const;
		expect(effectiveTarget(daily, firstTwoWeeks, campaign)).toEqual({
			target: 14_000,
			rule: '1,000 a day for 14 days'
		});
		expect(effectiveTarget(daily, { from: '2024-03-05', to: '2024-03-05' }, campaign)).toEqual({
			target: 1_000,
			rule: '1,000 a day for 1 day'
		});
	});

	it('pro-rates a weekly target by days over 7: 7,000 × 10 / 7 = 10,000', () => {
		const weekly = { target: 7_000, unit: 'count', period: 'week' } as const;
		expect(effectiveTarget(weekly, { from: '2024-03-01', to: '2024-03-10' }, campaign)).toEqual({
			target: 10_000,
			rule: '7,000 a week, pro-rated to 10 days'
		});
	});
});

describe('effectiveTarget for rates, ratios and money', () => {
	it.each([
		[{ target: 0.035, unit: 'percent' } as const, '3.5%, the same for any range'],
		[{ target: 20, unit: 'currency', currency: 'USD' } as const, '20 USD, the same for any range'],
		[{ target: 2.5, unit: 'ratio' } as const, '2.5, the same for any range']
	])('keeps %o as it is', (kpi, rule) => {
		expect(effectiveTarget(kpi, firstTwoWeeks, campaign)).toEqual({ target: kpi.target, rule });
	});
});
