import { describe, expect, it } from 'vitest';
import { addDays } from '../scoring/date-range';
import { spendPacing, type DaySpend } from './pacing';

/** Spend of `local` a day (at 0.05 reporting units per local unit) from `from` for `count` days. */
function days(from: string, count: number, local: number): DaySpend[] {
	return Array.from({ length: count }, (_, i) => ({
		date: addDays(from, i),
		local,
		reporting: local * 0.05
	}));
}

describe('spendPacing', () => {
	it('projects the last week’s daily pace over the days left', () => {
		// 10 days at 1,000 then 7 at 2,000, as of 11-17; the campaign ends 11-22 (5 days left).
		const pacing = spendPacing({
			days: [...days('2026-11-01', 10, 1000), ...days('2026-11-11', 7, 2000)],
			asOf: '2026-11-17',
			end: '2026-11-22',
			budget: 60_000,
			budgetRate: 0.05
		});
		expect(pacing.spent).toEqual({ local: 24_000, reporting: 1200 });
		expect(pacing.dailyPace).toEqual({ local: 2000, reporting: 100 });
		expect(pacing.daysLeft).toBe(5);
		expect(pacing.projected).toEqual({ local: 34_000, reporting: 1700 });
		expect(pacing.budget).toEqual({ local: 60_000, reporting: 3000 });
	});

	it('counts a paused day in the pace, and leaves out days after the as-of day', () => {
		const pacing = spendPacing({
			days: [
				...days('2026-11-11', 6, 700),
				{ date: '2026-11-17', local: 0, reporting: 0 },
				...days('2026-11-18', 3, 9999)
			],
			asOf: '2026-11-17',
			end: '2026-11-19',
			budget: null,
			budgetRate: null
		});
		expect(pacing.spent.local).toBe(4200);
		expect(pacing.dailyPace.local).toBe(600);
		expect(pacing.projected!.local).toBe(4200 + 600 * 2);
		expect(pacing.budget).toBeNull();
	});

	it('paces a market three days in on its three days', () => {
		const pacing = spendPacing({
			days: days('2026-11-15', 3, 300),
			asOf: '2026-11-17',
			end: '2026-11-27',
			budget: 10_000,
			budgetRate: null
		});
		expect(pacing.paceDays).toBe(3);
		expect(pacing.dailyPace.local).toBe(300);
		expect(pacing.projected!.local).toBe(900 + 300 * 10);
		expect(pacing.budget).toEqual({ local: 10_000, reporting: null });
	});

	it('projects nothing without an end, and only the spend so far once the campaign is over', () => {
		const input = { days: days('2026-11-15', 3, 300), budget: null, budgetRate: null };
		expect(spendPacing({ ...input, asOf: '2026-11-17', end: null })).toMatchObject({
			projected: null,
			daysLeft: null
		});
		expect(spendPacing({ ...input, asOf: '2026-11-17', end: '2026-11-17' })).toMatchObject({
			projected: { local: 900, reporting: 45 },
			daysLeft: 0
		});
	});

	it('spends nothing and paces nothing without data', () => {
		const pacing = spendPacing({
			days: [],
			asOf: '2026-11-17',
			end: '2026-11-22',
			budget: 5,
			budgetRate: 1
		});
		expect(pacing).toMatchObject({
			spent: { local: 0, reporting: 0 },
			dailyPace: { local: 0, reporting: 0 },
			paceDays: 0,
			projected: { local: 0, reporting: 0 }
		});
	});
});
