/** An inclusive span of ISO dates (YYYY-MM-DD): both `from` and `to` belong to it. */
export interface DateRange {
	from: string;
	to: string;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date, in UTC so that no time zone shifts a day. */
function toDayNumber(date: string): number {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) throw new Error(`not a date as YYYY-MM-DD: ${JSON.stringify(date)}`);
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const ms = Date.UTC(year, month - 1, day);
	// Date.UTC rolls 2024-02-30 over to March; a date that does not come back unchanged is not real.
	if (new Date(ms).toISOString().slice(0, 10) !== date) {
		throw new Error(`no such date: ${date}`);
	}
	return ms / MS_PER_DAY;
}

/** The number of days from `from` to `to`, both inclusive: 2024-05-01 to 2024-05-01 is 1 day. */
export function daysInRange(from: string, to: string): number {
	const days = toDayNumber(to) - toDayNumber(from) + 1;
	if (days < 1) throw new Error(`range ends before it starts: ${from} to ${to}`);
	return days;
}

/** The ISO date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
	return new Date((toDayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The number of days two ranges share; 0 when they do not meet. */
export function overlapDays(range: DateRange, other: DateRange): number {
	// Both ranges are checked, so that a malformed one fails even when the two do not meet.
	daysInRange(range.from, range.to);
	daysInRange(other.from, other.to);
	// ISO dates order as strings do.
	const from = range.from > other.from ? range.from : other.from;
	const to = range.to < other.to ? range.to : other.to;
	return from > to ? 0 : daysInRange(from, to);
}
