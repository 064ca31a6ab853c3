/**
 * The sample campaign's calendar: eight weeks from Monday 2026-09-28 to Sunday 2026-11-22,
 * with data from the soft launch (2026-11-02) on. Dates are plain `YYYY-MM-DD` strings in
 * the market's local day; arithmetic runs on UTC midnights so that no time zone shifts a day.
 */

/** First day of the campaign (Monday of week 1). */
export const CAMPAIGN_START = '2026-09-28';
/** Last day of the campaign and of the data (Sunday of week 8). */
export const CAMPAIGN_END = '2026-11-22';
/** First day with metrics: the planned start of the soft launch. */
export const DATA_START = '2026-11-02';

const DAY_MS = 86_400_000;
// The generator asks about the same few dozen dates millions of times in benchmark mode.
const parsed = new Map<string, number>();

/** Parses a `YYYY-MM-DD` date to its UTC midnight in milliseconds. */
export function toEpochDay(date: string): number {
	let ms = parsed.get(date);
	if (ms === undefined) {
		ms = Date.parse(`${date}T00:00:00Z`);
		if (Number.isNaN(ms)) throw new Error(`not a date: ${date}`);
		parsed.set(date, ms);
	}
	return ms;
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
	return new Date(toEpochDay(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((toEpochDay(to) - toEpochDay(from)) / DAY_MS);
}

/** Every date from `from` to `to`, both included. */
export function listDays(from: string, to: string): string[] {
	const days: string[] = [];
	for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
	return days;
}

/** The later of two dates. */
export function laterOf(a: string, b: string): string {
	return a > b ? a : b;
}

/** The earlier of two dates. */
export function earlierOf(a: string, b: string): string {
	return a < b ? a : b;
}
