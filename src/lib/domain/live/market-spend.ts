import type { FxRate } from '../campaign';
import type { DaySpend } from './pacing';

/** Spend of one day, market and currency as the facts recorded it. */
export interface RecordedSpend {
	date: string;
	market: string;
	currency: string | null;
	spend: number;
}

/**
 * A market's spend per day in both currencies: the reporting amount as the scoreboard
 * converted it (a day's value of the `spend` metric), the local amount as recorded in the
 * market's own currency. Days are in date order.
 */
export function marketDaySpend(
	market: { code: string; currency: string },
	reporting: readonly { date: string; value: number | null }[],
	recorded: readonly RecordedSpend[]
): DaySpend[] {
	const days = new Map<string, DaySpend>();
	const day = (date: string) => {
		let entry = days.get(date);
		if (!entry) days.set(date, (entry = { date, local: 0, reporting: 0 }));
		return entry;
	};
	for (const { date, value } of reporting) day(date).reporting += value ?? 0;
	for (const row of recorded) {
		if (row.market === market.code && row.currency === market.currency) {
			day(row.date).local += row.spend;
		}
	}
	return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * What one unit of a market's currency is worth in the reporting currency for its budget: 1
 * for the reporting currency, else the latest rate on or before the as-of day (a budget is not
 * one day's money, so the most recent rate known stands for it), else null.
 */
export function budgetRate(
	rates: readonly FxRate[],
	currency: string,
	reportingCurrency: string,
	asOf: string
): number | null {
	if (currency === reportingCurrency) return 1;
	let latest: FxRate | null = null;
	for (const rate of rates) {
		if (rate.currency !== currency || rate.date > asOf) continue;
		if (!latest || rate.date > latest.date) latest = rate;
	}
	return latest?.rate ?? null;
}
