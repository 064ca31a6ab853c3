import { addDays, daysInRange } from '../scoring/date-range';
import { WEEK_DAYS } from './week-change';

/** An amount in a market's own currency and in the campaign's reporting currency. */
export interface Money {
	local: number;
	reporting: number;
}

/** One day's spend of a market. */
export interface DaySpend {
	date: string;
	local: number;
	reporting: number;
}

/** What a market's pacing is computed from. */
export interface PacingInput {
	/** The market's spend per day with data; days after `asOf` are left out. */
	days: readonly DaySpend[];
	asOf: string;
	/** The campaign's last day; without one nothing is projected. */
	end: string | null;
	/** The market's budget in its own currency; null when the campaign sets none. */
	budget: number | null;
	/** Reporting-currency units per local unit for the budget; null when no rate is known. */
	budgetRate: number | null;
}

/** Spend to date against the budget, and where the recent pace would end. */
export interface Pacing {
	spent: Money;
	/** The budget; its reporting amount is null when no rate converts it. */
	budget: { local: number; reporting: number | null } | null;
	/** Spend at the campaign's end if the last week's daily pace holds; null without an end. */
	projected: Money | null;
	/** The mean daily spend of the last seven days (from the market's first day of data). */
	dailyPace: Money;
	/** Days of that week the pace is the mean of. */
	paceDays: number;
	/** Days after the as-of day up to the campaign's last day; null without an end. */
	daysLeft: number | null;
}

/**
 * A market's spend pacing on the as-of day: everything spent up to it, and a projection of
 * spend at the campaign's end — spent + the mean daily spend of the last seven days (the
 * as-of day and the six before) × the days left. Days of that week with rows but no spend
 * (a paused boost) count as zero; days before the market's first day of data do not count,
 * so a market three days in is paced on three days. Each currency is projected from its own
 * amounts, so the reporting projection carries the recent days' exchange rates forward.
 */
export function spendPacing(input: PacingInput): Pacing {
	const days = input.days.filter((day) => day.date <= input.asOf);
	const spent = total(days);
	const first = days.reduce<string | null>(
		(earliest, day) => (earliest === null || day.date < earliest ? day.date : earliest),
		null
	);
	const weekStart = addDays(input.asOf, -(WEEK_DAYS - 1));
	const paceFrom = first !== null && first > weekStart ? first : weekStart;
	const paceDays = first === null ? 0 : daysInRange(paceFrom, input.asOf);
	const week = total(days.filter((day) => day.date >= paceFrom));
	const dailyPace =
		paceDays === 0
			? { local: 0, reporting: 0 }
			: { local: week.local / paceDays, reporting: week.reporting / paceDays };
	const daysLeft =
		input.end === null
			? null
			: input.end <= input.asOf
				? 0
				: daysInRange(input.asOf, input.end) - 1;
	return {
		spent,
		budget:
			input.budget === null
				? null
				: {
						local: input.budget,
						reporting: input.budgetRate === null ? null : input.budget * input.budgetRate
					},
		projected:
			daysLeft === null
				? null
				: {
						local: spent.local + dailyPace.local * daysLeft,
						reporting: spent.reporting + dailyPace.reporting * daysLeft
					},
		dailyPace,
		paceDays,
		daysLeft
	};
}

function total(days: readonly DaySpend[]): Money {
	return days.reduce(
		(sum, day) => ({ local: sum.local + day.local, reporting: sum.reporting + day.reporting }),
		{ local: 0, reporting: 0 }
	);
}
