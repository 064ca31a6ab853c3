import { addDays } from '../scoring/date-range';
import { startOfDay, wallTimeAt } from './zoned-time';

const MS_PER_HOUR = 3_600_000;

/** Elapsed hours from one instant to another (negative when `to` is earlier); zones play no part. */
export function hoursBetween(from: number, to: number): number {
	return (to - from) / MS_PER_HOUR;
}

/**
 * Working days from one instant to another in a market's time zone: the time that falls on
 * Monday to Friday of that zone's calendar, each day counting as one whole day however long
 * its clock ran (23 or 25 hours on a daylight-saving change). Friday 16:00 to Monday 10:00
 * is 8/24 + 10/24 = 0.75. Public holidays are not modelled: they differ by market and year
 * and no campaign record names them. Negative when `to` is earlier.
 */
export function workingDaysBetween(from: number, to: number, timeZone: string): number {
	if (to < from) return -workingDaysBetween(to, from, timeZone);
	let total = 0;
	let day = wallTimeAt(from, timeZone).date;
	for (;;) {
		const start = startOfDay(day, timeZone);
		const next = startOfDay(addDays(day, 1), timeZone);
		const weekday = wallTimeAt(start, timeZone).weekday;
		if (weekday <= 5) {
			const overlap = Math.min(to, next) - Math.max(from, start);
			if (overlap > 0) total += overlap / (next - start);
		}
		if (next >= to) return total;
		day = addDays(day, 1);
	}
}
