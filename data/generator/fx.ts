import { toCsvRow } from '../../src/lib/domain/csv-cell';
import { CAMPAIGN_END, CAMPAIGN_START, listDays } from './calendar';
import { MARKET_PROFILES } from './markets';
import { createRandom } from './random';

/** One daily rate: USD per one unit of `currency`. */
export interface FxRow {
	date: string;
	currency: string;
	rate: number;
}

/** Header of fx.csv. */
export const FX_HEADER = ['date', 'currency', 'rate'] as const;

/**
 * Daily USD rates for every campaign day and currency: a log-normal random walk from each
 * market's level with its drift (the peso argentino crawls down, the others wander).
 */
export function buildFxRates(seed: number): FxRow[] {
	const random = createRandom(seed);
	const days = listDays(CAMPAIGN_START, CAMPAIGN_END);
	const rows: FxRow[] = [];
	const walks = MARKET_PROFILES.map((market) => {
		const step = random.normal(market.fxDrift, market.fxVolatility);
		let level = market.usdRate;
		return days.map((_, index) => {
			if (index > 0) level *= Math.exp(step());
			return level;
		});
	});
	days.forEach((date, dayIndex) => {
		MARKET_PROFILES.forEach((market, marketIndex) => {
			const level = walks[marketIndex]?.[dayIndex] ?? market.usdRate;
			rows.push({ date, currency: market.currency, rate: roundSignificant(level, 6) });
		});
	});
	return rows;
}

/** fx.csv text. */
export function toFxCsv(rows: readonly FxRow[]): string {
	const lines = [
		toCsvRow(FX_HEADER),
		...rows.map((row) => toCsvRow([row.date, row.currency, row.rate]))
	];
	return `${lines.join('\n')}\n`;
}

/** A lookup of the rate of a currency on a date. */
export function toFxLookup(rows: readonly FxRow[]): (date: string, currency: string) => number {
	const rates = new Map(rows.map((row) => [`${row.date}|${row.currency}`, row.rate]));
	return (date, currency) => {
		const rate = rates.get(`${date}|${currency}`);
		if (rate === undefined) throw new Error(`no FX rate for ${currency} on ${date}`);
		return rate;
	};
}

function roundSignificant(value: number, digits: number): number {
	return Number(value.toPrecision(digits));
}
