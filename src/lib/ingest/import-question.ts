import type { Problem } from '$lib/domain/problem';
import { ImportError, type ImportAnswers } from './import-options';

/**
 * What an import may have to ask: where each row's dates come from (a column, or the period
 * the whole file covers), the format of a date column, the market, or the year of dates
 * written without one.
 */
export type QuestionKind = 'dates' | 'date-format' | 'market' | 'year';

/** One cell of a previewed row: the text in the file and the value the import read from it. */
export interface PreviewCell {
	header: string;
	/** The canonical field the cell was read as (`date`, `spend`…). */
	field: string;
	raw: string | null;
	read: string | number | null;
}

/** A row as the import would load it, beside the file's own text. */
export interface PreviewRow {
	/** 1-based physical line of the file. */
	line: number;
	cells: PreviewCell[];
}

/** A question an import asks instead of refusing or guessing silently. */
export interface Question {
	kind: QuestionKind;
	/** Why it asks, worded for the reader (names the file, the column, the flag). */
	problem: Problem;
	/** The best guess, chosen in the form; null when there is none. */
	guess: string | null;
	/** Values to choose from: market codes, date format ids. */
	choices: string[];
	/** Headers the answer may name instead (the column holding the dates or the market). */
	columns: string[];
	/** The first rows as the guess reads them; raw cells only when there is no guess. */
	preview: PreviewRow[];
}

/**
 * A file the import could read if it were told one thing. Nothing is stored; the Data page
 * shows the question with its preview, the command line names the flag that answers it.
 */
export class ImportQuestion extends ImportError {
	constructor(readonly question: Question) {
		super(question.problem);
		this.name = 'ImportQuestion';
	}
}

/** The options that answer a question with a value (a period, a market, a column, a year). */
export function answerWith(
	question: Pick<Question, 'kind' | 'columns'>,
	value: string
): ImportAnswers {
	const isColumn = question.columns.includes(value);
	switch (question.kind) {
		case 'dates':
			return isColumn ? { dateColumn: value } : { period: value };
		case 'market':
			return isColumn ? { marketColumn: value } : { market: value };
		case 'date-format':
			return { dateFormat: value };
		case 'year':
			return { year: Number(value) };
	}
}
