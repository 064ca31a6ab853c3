/**
 * Wall-clock time in a named time zone and the UTC instant it stands for, with `Intl` only:
 * DuckDB in the browser has no time-zone support offline, so zone arithmetic happens here.
 * Instants are milliseconds since the epoch; wall times are ISO date and `HH:MM:SS` strings.
 */

/** The clock on a wall in some zone: its day, its time and its ISO weekday (1 Monday … 7 Sunday). */
export interface WallTime {
	date: string;
	time: string;
	weekday: number;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** True when `Intl` knows the zone (an IANA name such as America/Sao_Paulo, or UTC). */
export function isTimeZone(name: string): boolean {
	try {
		formatterFor(name);
		return true;
	} catch {
		return false;
	}
}

/** The wall time in `timeZone` at an instant (seconds kept, milliseconds dropped). */
export function wallTimeAt(instant: number, timeZone: string): WallTime {
	const parts: Record<string, string> = {};
	for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
	// Some ICU versions write midnight as 24 even in the h23 cycle.
	const hour = parts.hour === '24' ? '00' : parts.hour;
	const date = `${parts.year}-${parts.month}-${parts.day}`;
	return { date, time: `${hour}:${parts.minute}:${parts.second}`, weekday: isoWeekday(date) };
}

/** Minutes a zone's clock is ahead of UTC at an instant: -180 in São Paulo, -300 in New York's winter. */
export function offsetMinutesAt(instant: number, timeZone: string): number {
	const whole = Math.floor(instant / 1000) * 1000;
	const wall = wallTimeAt(whole, timeZone);
	return (wallAsUtc(wall.date, wall.time) - whole) / MS_PER_MINUTE;
}

/**
 * The instant a wall time in a zone stands for. A time the clock skipped (spring forward) is
 * read with the offset before the change, so 02:30 on a night that jumps from 02:00 to 03:00
 * is 03:30; a time the clock showed twice (fall back) is its first occurrence. This is how
 * Temporal's `compatible` disambiguation and most calendars read such times.
 */
export function instantOf(date: string, time: string, timeZone: string): number {
	const local = wallAsUtc(date, time);
	const before = offsetMinutesAt(local - MS_PER_DAY, timeZone);
	const after = offsetMinutesAt(local + MS_PER_DAY, timeZone);
	const candidates = [local - before * MS_PER_MINUTE, local - after * MS_PER_MINUTE]
		.filter((instant) => {
			const wall = wallTimeAt(instant, timeZone);
			return wall.date === date && wall.time === normalTime(time);
		})
		.sort((a, b) => a - b);
	return candidates[0] ?? local - before * MS_PER_MINUTE;
}

/** The instant a zone's day begins (its first wall time, midnight unless the clock skipped it). */
export function startOfDay(date: string, timeZone: string): number {
	return instantOf(date, '00:00:00', timeZone);
}

/** The ISO weekday of a date: 1 for Monday to 7 for Sunday. */
export function isoWeekday(date: string): number {
	const day = new Date(wallAsUtc(date, '00:00:00')).getUTCDay();
	return day === 0 ? 7 : day;
}

/** A wall time read as if it were UTC: the arithmetic base every offset is measured from. */
function wallAsUtc(date: string, time: string): number {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const [hour, minute, second = 0] = time.split(':').map(Number) as [number, number, number?];
	return Date.UTC(year, month - 1, day, hour, minute, second);
}

function normalTime(time: string): string {
	const [hour = '0', minute = '0', second = '0'] = time.split(':');
	return [hour, minute, second].map((part) => part.padStart(2, '0')).join(':');
}
