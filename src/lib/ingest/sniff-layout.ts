/** Where a file's table starts and how its fields are separated. */
export interface Layout {
	delimiter: string;
	/** 1-based physical line of the header. */
	headerLine: number;
	headers: string[];
	/** Lines above the header (a report title, a date range), as text. */
	preamble: string[];
}

/**
 * A head of a file that holds no table: nothing but blank lines, or no line naming two columns.
 * The import words it as a problem of the file it names.
 */
export class LayoutError extends Error {
	constructor(readonly code: 'problem_import_file_empty' | 'problem_import_no_header') {
		super(code === 'problem_import_file_empty' ? 'the file is empty' : 'no header line found');
		this.name = 'LayoutError';
	}
}

const DELIMITERS = [',', ';', '\t', '|'];
const SAMPLE_RECORDS = 60;

/** A record of the file's head with the physical line it starts on. */
export interface HeadRecord {
	line: number;
	fields: string[];
}

/**
 * Finds the delimiter and the header line from the head of a file. The delimiter is the
 * one that splits the most records into the same number of fields; the header is the
 * first record with that many fields naming at least two columns, so title and date-range
 * lines above it are preamble, even when padded with delimiters.
 */
export function sniffLayout(head: string): Layout {
	let best: { delimiter: string; width: number; score: number } | null = null;
	for (const delimiter of DELIMITERS) {
		const records = splitRecords(head, delimiter, SAMPLE_RECORDS);
		const width = modalWidth(records);
		if (width < 2) continue;
		const score = records.filter((r) => r.fields.length === width).length * Math.log2(width);
		if (!best || score > best.score) best = { delimiter, width, score };
	}
	if (!best) {
		const first = splitRecords(head, ',', 1)[0];
		if (!first) throw new LayoutError('problem_import_file_empty');
		return {
			delimiter: ',',
			headerLine: first.line,
			headers: first.fields.map(cleanHeader),
			preamble: []
		};
	}
	const records = splitRecords(head, best.delimiter, SAMPLE_RECORDS);
	// Excel pads preamble lines with delimiters to the table's width (`Informe de campaña,,,,`):
	// a header names at least two columns.
	const header = records.find(
		(r) => r.fields.length >= best.width && r.fields.filter((f) => f.trim()).length >= 2
	);
	if (!header) throw new LayoutError('problem_import_no_header');
	const preamble = head
		.split(/\r?\n/)
		.slice(0, header.line - 1)
		.map((line) => line.trim())
		.filter((line) => line.length > 0);
	return {
		delimiter: best.delimiter,
		headerLine: header.line,
		headers: header.fields.map(cleanHeader),
		preamble
	};
}

/** The fields of the first data records below the header, from the head of a file. */
export function sampleRecords(head: string, layout: Layout, limit = 500): string[][] {
	return dataRecords(head, layout, limit).map((record) => record.fields);
}

/** The first data records below the header with the physical line each starts on. */
export function dataRecords(head: string, layout: Layout, limit = 500): HeadRecord[] {
	return splitRecords(head, layout.delimiter, limit + 200)
		.filter((record) => record.line > layout.headerLine)
		.slice(0, limit);
}

function cleanHeader(header: string): string {
	return header.replace(/^\uFEFF/, '').trim();
}

/** The most common field count among records with more than one field. */
function modalWidth(records: HeadRecord[]): number {
	const counts = new Map<number, number>();
	for (const record of records) {
		if (record.fields.length < 2) continue;
		counts.set(record.fields.length, (counts.get(record.fields.length) ?? 0) + 1);
	}
	let width = 0;
	let seen = 0;
	for (const [w, n] of counts) if (n > seen || (n === seen && w > width)) [width, seen] = [w, n];
	return width;
}

/** Splits text into RFC 4180 records (quotes may hold delimiters and newlines); skips blank lines. */
function splitRecords(text: string, delimiter: string, limit: number): HeadRecord[] {
	const records: HeadRecord[] = [];
	let line = 1;
	let i = 0;
	while (i < text.length && records.length < limit) {
		const startLine = line;
		const fields: string[] = [];
		let field = '';
		let quoted = false;
		let ended = false;
		for (; i < text.length; i++) {
			const ch = text[i];
			if (quoted) {
				if (ch === '"' && text[i + 1] === '"') {
					field += '"';
					i++;
				} else if (ch === '"') quoted = false;
				else {
					if (ch === '\n') line++;
					field += ch;
				}
			} else if (ch === '"') quoted = true;
			else if (ch === delimiter) {
				fields.push(field);
				field = '';
			} else if (ch === '\n' || ch === '\r') {
				if (ch === '\r' && text[i + 1] === '\n') i++;
				i++;
				line++;
				ended = true;
				break;
			} else field += ch;
		}
		// A record cut off by the end of the sample is dropped rather than miscounted.
		if (!ended && i >= text.length && quoted) break;
		fields.push(field);
		if (fields.length > 1 || fields[0]!.trim() !== '') records.push({ line: startLine, fields });
	}
	return records;
}
