import type { Campaign, FxRate } from './campaign';
import { addDays, daysInRange } from './scoring/date-range';

/** The rate each currency uses on one day; null when that day has none. */
export interface FxDay {
	date: string;
	rates: Record<string, number | null>;
}

/**
 * The rule every converted number follows (the FX join of the roll-up and scoring SQL): money
 * of a day is converted at the rate dated that very day for its currency. A day without its
 * own rate borrows none from a neighbouring day: its money in that currency is left out of
 * converted totals. The reporting currency, and rows with no currency at all, count at 1 on
 * every day without being listed (`rateSql` in src/lib/sql/fx-table-sql.ts).
 */
export const FX_DAY_RULE =
	'Each day uses the rate dated that day. A day without one takes no rate from another day: ' +
	'its money in that currency is left out of converted totals. The reporting currency is ' +
	'always worth 1.';

/** The currencies a campaign's money comes in (its markets'), then any other the rates list. */
export function fxCurrencies(campaign: Campaign, rates: readonly FxRate[]): string[] {
	const currencies = new Set(campaign.markets.map((m) => m.currency));
	for (const rate of rates) currencies.add(rate.currency);
	return [...currencies];
}

/** The rate used for each day from `from` to `to` (inclusive) per currency, by FX_DAY_RULE. */
export function fxRatesByDay(
	rates: readonly FxRate[],
	currencies: readonly string[],
	from: string,
	to: string,
	reportingCurrency: string
): FxDay[] {
	const byKey = new Map(rates.map((r) => [`${r.date} ${r.currency}`, r.rate]));
	const days: FxDay[] = [];
	for (let i = 0; i < daysInRange(from, to); i++) {
		const date = addDays(from, i);
		const dayRates: Record<string, number | null> = {};
		for (const currency of currencies)
			dayRates[currency] =
				byKey.get(`${date} ${currency}`) ?? (currency === reportingCurrency ? 1 : null);
		days.push({ date, rates: dayRates });
	}
	return days;
}

/** How many of the days have no rate for each currency. */
export function missingFxDays(
	days: readonly FxDay[],
	currencies: readonly string[]
): Record<string, number> {
	return Object.fromEntries(
		currencies.map((currency) => [currency, days.filter((d) => d.rates[currency] === null).length])
	);
}

/** The days an FX table should cover: the campaign's dates, else the span of its rates; null if neither. */
export function fxSpan(
	campaign: Pick<Campaign, 'start' | 'end'>,
	rates: readonly FxRate[]
): { from: string; to: string } | null {
	const dates = rates.map((r) => r.date).sort();
	const from = campaign.start ?? dates[0];
	const to = campaign.end ?? dates.at(-1);
	return from && to && from <= to ? { from, to } : null;
}
