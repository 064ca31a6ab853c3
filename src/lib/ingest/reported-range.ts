import { toMonthNumber } from '$lib/domain/month-names';

/** The period a report says it covers, as ISO dates (YYYY-MM-DD), both days included. */
export interface ReportedRange {
	start: string;
	end: string;
}

/** A weekday that may open a date, ended by a comma: `ter.,`, `martes,`, `Mon,`. */
const WEEKDAY = String.raw`(?:[\p{L}-]+\.?,\s+)?`;

/** Date forms seen in report preambles, each with the positions of its year, month and day. */
const DATE_FORMS: { pattern: RegExp; year: number; month: number; day: number }[] = [
	{ pattern: /^(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})$/u, year: 1, month: 2, day: 3 },
	{
		pattern: new RegExp(
			String.raw`^${WEEKDAY}(\d{1,2})\s+de\s+(\p{L}+)\.?\s+del?\s+(\d{4})$`,
			'iu'
		),
		day: 1,
		month: 2,
		year: 3
	},
	{
		pattern: new RegExp(String.raw`^${WEEKDAY}(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$`, 'iu'),
		month: 1,
		day: 2,
		year: 3
	},
	{ pattern: /^(\d{1,2})\s+(\p{L}+)\.?,?\s+(\d{4})$/iu, day: 1, month: 2, year: 3 }
];

/**
 * Reads the date-range line that Google Ads and similar exports put above the header:
 * `1 de junho de 2025 - 30 de junho de 2025`, `June 1, 2025 - June 30, 2025`,
 * `2026.05.05-2026.05.24`. Returns null for any other line, for a day that does not exist,
 * and for a range that ends before it starts.
 */
export function parseReportedRange(line: string): ReportedRange | null {
	// A preamble line read as CSV may come quoted or followed by empty cells.
	const text = line
		.replace(/^\uFEFF/, '')
		.trim()
		.replace(/[,;\t]+$/, '')
		.replace(/^"(.*)"$/, '$1')
		.trim();
	const parts = splitRange(text);
	if (parts === null) return null;
	const start = parseDate(parts[0]);
	const end = parseDate(parts[1]);
	if (start === null || end === null || end < start) return null;
	return { start, end };
}

/** The two sides of a range: a spaced dash between any dates, or a bare dash between numeric ones. */
function splitRange(text: string): [string, string] | null {
	const spaced = text.split(/\s+[-–—]\s+/);
	if (spaced.length === 2) return [spaced[0]!, spaced[1]!];
	const bare =
		/^(\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2})\s*[-–—]\s*(\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2})$/.exec(text);
	return bare ? [bare[1]!, bare[2]!] : null;
}

/** The ISO date of one side of a range, or null when it is no date or no such day. */
function parseDate(text: string): string | null {
	for (const form of DATE_FORMS) {
		const match = form.pattern.exec(text.trim());
		if (!match) continue;
		const monthText = match[form.month]!;
		const month = /^\d+$/.test(monthText) ? Number(monthText) : toMonthNumber(monthText);
		return month === null
			? null
			: toIsoDate(Number(match[form.year]), month, Number(match[form.day]));
	}
	return null;
}

/** `YYYY-MM-DD` for a day that exists, null otherwise (31 June, 29 February 2025). */
function toIsoDate(year: number, month: number, day: number): string | null {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (
		date.getUTCFullYear() !== year ||
		date.getUTCMonth() !== month - 1 ||
		date.getUTCDate() !== day
	) {
		return null;
	}
	return date.toISOString().slice(0, 10);
}
