import type { Grain, MappableField, Platform } from '$lib/domain/facts';
import type { Problem, ProblemCode, ProblemParams } from '$lib/domain/problem';
import type { PreviewRow } from './import-question';

/** Text encodings the import recognises. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** What the import found out about a file's format. */
export interface Detected {
	encoding: Encoding;
	bom: boolean;
	/** The field separator character: `,`, `;` or a tab. */
	delimiter: string;
	decimal: '.' | ',';
	/** 1-based physical line of the header. */
	header_row: number;
	platform: Platform;
	/** strftime pattern of the date column, e.g. `%d/%m/%Y`; null when dates come from options. */
	date_format: string | null;
	grain: Grain;
	/** True when no value of a slash-date column decides day-first vs month-first. */
	date_ambiguous: boolean;
	/** The window the file says it reports (Google Ads preamble), rows are cut to it. */
	reported_range: { start: string; end: string } | null;
}

/** A row that could not be read, as an editor would show it. */
export interface Reject {
	/** 1-based physical line of the file (preamble and header lines count). */
	line: number;
	/** The header as written in the file (or the option name, e.g. `--date`). */
	column: string;
	value: string | null;
	/** Why, in English: the text of the rejects CSV and of `parallax import --json`. */
	reason: string;
	/**
	 * Why, as a problem the Data page words in the reader's language (`reason` is its English
	 * wording). Reports stored by versions before it have only `reason`.
	 */
	code: ProblemCode;
	/** The values the wording fills in: a date format, the campaign's markets, a range. */
	params?: ProblemParams;
}

/** A total row the file states, beside the sum of the rows loaded from it. */
export interface StatedTotal {
	/** 1-based physical line of the file. */
	line: number;
	/** Its label as written (`Total: Conta`), or null for a row known as a total by its sums. */
	label: string | null;
	/** Measure → [the total the file states, the sum of the loaded rows]. */
	measures: Record<string, [number, number]>;
	/** True when every measure is the sum, within the rounding the file shows. */
	agrees: boolean;
}

/** The outcome of reading one file: the JSON document of `parallax import --json`. */
export interface ImportReport {
	file: string;
	detected: Detected;
	/** Source header → canonical field. */
	mapping: Record<string, MappableField>;
	/** Headers kept as extra columns. */
	unmapped: string[];
	rows: { loaded: number; rejected: number; summary_skipped: number; replaced: number };
	/** Sum of each additive measure over loaded rows; snapshot measures are not summed. */
	totals: Record<string, number>;
	/** Currency of the money columns, from the header, a currency column or the options. */
	currency: string | null;
	dates: { min: string | null; max: string | null };
	rejects: Reject[];
	/**
	 * The whole-file totals the file states (`Total: Conta`, an account row), each beside the
	 * sum of the loaded rows; the rows always win. Absent from older reports.
	 */
	file_totals?: StatedTotal[];
	/** The first loaded rows, each read cell beside the file's text. Absent from older reports. */
	sample?: PreviewRow[];
	/** Things the user should know that did not reject a row (e.g. an ambiguous date column). */
	warnings: string[];
	/**
	 * The same warnings as problems, in the same order, for the Data page to word in the
	 * reader's language (`warnings` holds their English wording). Absent from older reports.
	 */
	warning_problems: Problem[];
}
