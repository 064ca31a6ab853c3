import { normalizeHeader } from './header-synonyms';
import { parseReportedRange } from './reported-range';
import type { Layout } from './sniff-layout';

/**
 * Meta Business Suite writes one file per metric with a title above each table, and a table
 * per platform when the metric has one per platform: `"Follows"`, its rows, a blank line, then
 * `"Instagram follows"` and the same header again. The measure column is called `Primary`; the
 * title says what it measures.
 */

/** One titled table of a file: its rows are the records `firstOrd`..`lastOrd` (1-based). */
export interface Section {
	title: string;
	platform: string | null;
	firstOrd: number;
	lastOrd: number;
}

/** A file of several titled tables, their titles and repeated headers blanked out. */
export interface Sectioned {
	utf8: Uint8Array;
	sections: Section[];
}

/** Files this large are not one metric's daily export: they are not searched for sections. */
const MAX_SECTIONED_BYTES = 5 * 1024 * 1024;

const PLATFORM_WORDS: readonly [RegExp, string][] = [
	[/\bfacebook\b/, 'facebook'],
	[/\binstagram\b/, 'instagram'],
	[/\bthreads\b/, 'threads'],
	[/\btiktok\b/, 'tiktok'],
	[/\byoutube\b/, 'youtube']
];

/** Title words → the measure a `Primary` column holds, in English, Portuguese and Spanish. */
const TITLE_MEASURES: readonly [RegExp, string][] = [
	[/\b(reach|alcance)\b/, 'reach'],
	[/\b(impressions|impressoes|impresiones)\b/, 'impressions'],
	[/\b(views|visualizacoes|visualizaciones|reproducciones)\b/, 'views'],
	[/\b(link clicks|clicks|cliques|clics)\b/, 'clicks']
];

/** The title line right above the header, unquoted; null when there is none or it is a range. */
export function tableTitle(layout: Layout): string | null {
	const last = layout.preamble.at(-1);
	if (last === undefined) return null;
	const title = unquote(last, layout.delimiter);
	if (!title || /^sep=/i.test(title) || parseReportedRange(title)) return null;
	return title;
}

/** The measure a title names for a `Primary` column (`Facebook reach` → reach), if any. */
export function titledMeasure(title: string): string | null {
	const { key } = normalizeHeader(title);
	return TITLE_MEASURES.find(([words]) => words.test(key))?.[1] ?? null;
}

/**
 * Splits a file of titled tables with one header: each later title and its repeated header
 * are blanked (the lines stay, so line numbers do too) and each table's records are numbered
 * as the CSV reader will number them. Null for a file of one table.
 */
export function splitSections(utf8: Uint8Array, layout: Layout): Sectioned | null {
	const firstTitle = tableTitle(layout);
	if (firstTitle === null || utf8.length > MAX_SECTIONED_BYTES) return null;
	const lines = new TextDecoder().decode(utf8).split('\n');
	const header = lines[layout.headerLine - 1]?.trim();
	if (!header) return null;

	const found: { title: string; firstOrd: number }[] = [{ title: firstTitle, firstOrd: 1 }];
	let ord = 0;
	for (let i = layout.headerLine; i < lines.length; i++) {
		const line = lines[i]!.trim();
		// Only a line with nothing on it is no record to the reader (a tab alone is one).
		if (lines[i]!.replace(/\r$/, '') === '') continue;
		if (isEmptyRecord(line, layout.delimiter)) {
			// The separator Business Suite writes between tables: a record of empty fields.
			lines[i] = lines[i]!.endsWith('\r') ? '\r' : '';
			continue;
		}
		const next = nextNonBlank(lines, i + 1);
		const title = unquote(line, layout.delimiter);
		if (
			next !== null &&
			lines[next]!.trim() === header &&
			title &&
			!title.includes(layout.delimiter)
		) {
			found.push({ title, firstOrd: ord + 1 });
			lines[i] = lines[i]!.endsWith('\r') ? '\r' : '';
			lines[next] = lines[next]!.endsWith('\r') ? '\r' : '';
			i = next;
			continue;
		}
		ord++;
	}
	if (found.length < 2) return null;
	const named = found.map((s) => platformOf(s.title));
	const sections = found.map((section, index) => ({
		title: section.title,
		// Business Suite lists Facebook's table first and names only the others' platform.
		platform: named[index] ?? (index === 0 && named.some(Boolean) ? 'facebook' : null),
		firstOrd: section.firstOrd,
		lastOrd: (found[index + 1]?.firstOrd ?? ord + 1) - 1
	}));
	return { utf8: new TextEncoder().encode(lines.join('\n')), sections };
}

function platformOf(title: string): string | null {
	const { key } = normalizeHeader(title);
	return PLATFORM_WORDS.find(([word]) => word.test(key))?.[1] ?? null;
}

function isEmptyRecord(line: string, delimiter: string): boolean {
	return line.split(delimiter).every((field) => field.trim() === '' || field.trim() === '""');
}

function nextNonBlank(lines: string[], from: number): number | null {
	for (let i = from; i < lines.length; i++) if (lines[i]!.trim() !== '') return i;
	return null;
}

/** A one-field line as text: quotes and trailing delimiters (`Facebook follows;`) taken off. */
function unquote(line: string, delimiter: string): string {
	let text = line.trim();
	while (text.endsWith(delimiter)) text = text.slice(0, -1).trimEnd();
	return text
		.replace(/^"(.*)"$/, '$1')
		.replace(/""/g, '"')
		.trim();
}
