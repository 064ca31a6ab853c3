import { instantOf } from './zoned-time';

/** Which number of a slash date is the day: `30/10/2026` (day first) or `10/30/2026`. */
export type SlashOrder = 'day-first' | 'month-first';

/** A date and time read from text: the instant, or why the text is not one. */
export type ReadTimestamp =
	| { ok: true; instant: number }
	| { ok: false; reason: 'not_a_timestamp' | 'no_time' | 'no_such_date' };

const ISO =
	/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const SLASH =
	/^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])?\.?\s*(?:[Mm]\.?)?)?$/;

/**
 * Reads a date and time as exports and people write them: ISO (`2026-10-30 17:05`,
 * `2026-10-30T17:05:00-03:00`, `…Z`) or a slash date with its order (`30/10/2026 17:05`,
 * `10/30/2026 5:05 PM`). A time with an offset is that instant; without one it is the wall
 * time in `zone`. A date without a time is refused: an hour of the day changes the durations.
 */
export function readTimestamp(text: string, zone: string, order: SlashOrder): ReadTimestamp {
	const parts = readParts(text.trim(), order);
	if (!parts) return { ok: false, reason: 'not_a_timestamp' };
	if (parts.hour === null) return { ok: false, reason: 'no_time' };
	if (!isRealDate(parts.year, parts.month, parts.day) || parts.hour > 23 || parts.minute > 59) {
		return { ok: false, reason: 'no_such_date' };
	}
	const date = `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
	const time = `${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}`;
	if (parts.offset === null) return { ok: true, instant: instantOf(date, time, zone) };
	return { ok: true, instant: Date.parse(`${date}T${time}Z`) - parts.offset * 60_000 };
}

/** Reads a calendar date, ISO or a slash date in the given order; null when it is none. */
export function readDate(text: string, order: SlashOrder): string | null {
	const parts = readParts(text.trim(), order);
	if (!parts || parts.hour !== null || !isRealDate(parts.year, parts.month, parts.day)) return null;
	return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/**
 * The order the slash dates of a column speak for: a first number above 12 can only be a day,
 * a second one only a month; null when no value decides, or values decide both ways.
 */
export function slashOrderOf(texts: readonly string[]): SlashOrder | null {
	let dayFirst = false;
	let monthFirst = false;
	for (const text of texts) {
		const match = SLASH.exec(text.trim());
		if (!match) continue;
		if (Number(match[1]) > 12) dayFirst = true;
		if (Number(match[2]) > 12) monthFirst = true;
	}
	if (dayFirst === monthFirst) return null;
	return dayFirst ? 'day-first' : 'month-first';
}

interface Parts {
	year: number;
	month: number;
	day: number;
	hour: number | null;
	minute: number;
	second: number;
	/** Minutes ahead of UTC, when the text gives an offset. */
	offset: number | null;
}

function readParts(text: string, order: SlashOrder): Parts | null {
	const iso = ISO.exec(text);
	if (iso) {
		return {
			year: Number(iso[1]),
			month: Number(iso[2]),
			day: Number(iso[3]),
			hour: iso[4] === undefined ? null : Number(iso[4]),
			minute: Number(iso[5] ?? 0),
			second: Number(iso[6] ?? 0),
			offset: iso[7] === undefined ? null : readOffset(iso[7])
		};
	}
	const slash = SLASH.exec(text);
	if (!slash) return null;
	const [first, second] = [Number(slash[1]), Number(slash[2])];
	let hour = slash[4] === undefined ? null : Number(slash[4]);
	const meridiem = slash[7]?.toLowerCase();
	if (hour !== null && meridiem) {
		if (hour < 1 || hour > 12) return null;
		hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
	}
	return {
		year: Number(slash[3]),
		month: order === 'day-first' ? second : first,
		day: order === 'day-first' ? first : second,
		hour,
		minute: Number(slash[5] ?? 0),
		second: Number(slash[6] ?? 0),
		offset: null
	};
}

function readOffset(text: string): number {
	if (text.toUpperCase() === 'Z') return 0;
	const digits = text.slice(1).replace(':', '');
	const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
	return text.startsWith('-') ? -minutes : minutes;
}

function isRealDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}
