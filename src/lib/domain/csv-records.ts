import type { Problem } from './problem';

/** Where in a CSV file something is: its line (1-based, physical), column and value. */
export interface CsvPlace {
	line: number;
	column: string | null;
	value: string | null;
}

/** Why one cell or line of a CSV file was refused: where, and the problem (worded by the page). */
export interface CsvProblem extends CsvPlace {
	problem: Problem;
}

/** A CSV problem as a reader sees it: where, and the reason in their language. */
export interface CsvProblemText extends CsvPlace {
	reason: string;
}

/** One record of a small CSV file: the physical line it starts on (1-based) and its cells. */
export interface CsvRecord {
	line: number;
	cells: string[];
}

/** The delimiters a small CSV file may use. */
export type CsvDelimiter = ',' | ';' | '\t';

/**
 * Splits the text of a small CSV file (a settings list, not a data export) into records, as
 * RFC 4180 reads it: quoted cells may hold the delimiter, doubled quotes and line breaks.
 * The delimiter is the one the first line uses most of `,`, `;` (spreadsheets in locales
 * with a decimal comma) and tab (UTF-16 spreadsheet exports); `,` when it has none. A BOM
 * and blank lines are skipped.
 */
export function parseCsvRecords(text: string): { delimiter: CsvDelimiter; records: CsvRecord[] } {
	const body = text.replace(/^\uFEFF/, '');
	const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
	const count = (d: CsvDelimiter) => firstLine.split(d).length - 1;
	const delimiter = ([';', '\t'] as const).reduce<CsvDelimiter>(
		(best, d) => (count(d) > count(best) ? d : best),
		','
	);
	const records: CsvRecord[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let recordLine = 1;
	const endRecord = () => {
		cells.push(cell);
		if (cells.length > 1 || cells[0]!.trim() !== '') records.push({ line: recordLine, cells });
		cells = [];
		cell = '';
	};
	for (let i = 0; i < body.length; i++) {
		const char = body[i]!;
		if (quoted) {
			if (char === '"' && body[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (char === '"') quoted = false;
			else {
				if (char === '\n') line++;
				cell += char;
			}
		} else if (char === '"' && cell.trim() === '') {
			cell = '';
			quoted = true;
		} else if (char === delimiter) {
			cells.push(cell);
			cell = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && body[i + 1] === '\n') i++;
			endRecord();
			line++;
			recordLine = line;
		} else cell += char;
	}
	if (cell !== '' || cells.length > 0) endRecord();
	return { delimiter, records };
}

/** A header cell as headers are compared: no accents, lower case, `_` and spaces as one space. */
export function headerKey(header: string): string {
	return header
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[_\s]+/g, ' ')
		.trim();
}

/**
 * Finds each wanted column in a header row by its synonyms; `missing` lists the fields no header
 * names, `duplicates` the fields two headers name.
 */
export function locateColumns<F extends string>(
	header: readonly string[],
	synonyms: Readonly<Record<F, readonly string[]>>
): { columns: Partial<Record<F, number>>; missing: F[]; duplicates: F[] } {
	const columns: Partial<Record<F, number>> = {};
	const duplicates: F[] = [];
	const fields = Object.keys(synonyms) as F[];
	header.forEach((cell, index) => {
		const key = headerKey(cell);
		const field = fields.find((f) => synonyms[f].includes(key));
		if (field === undefined) return;
		if (columns[field] !== undefined) duplicates.push(field);
		else columns[field] = index;
	});
	return { columns, missing: fields.filter((f) => columns[f] === undefined), duplicates };
}
