import { z } from 'zod';
import { mappableFieldSchema } from '$lib/domain/facts';
import { problem, type Problem } from '$lib/domain/problem';
import { problemText } from '$lib/i18n/problem-text';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** `FROM..TO`, both ISO days, the second not before the first. */
const period = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/, 'expected a period as YYYY-MM-DD..YYYY-MM-DD')
	.refine((text) => {
		const [from, to] = text.split('..');
		return !Number.isNaN(Date.parse(from!)) && !Number.isNaN(Date.parse(to!)) && from! <= to!;
	}, 'expected a period whose end is not before its start');

/** A header named in an answer: any text a header can be, bounded. */
const header = z.string().min(1).max(500);

/**
 * What a person may tell an import about a file, on the Data page or as command-line flags:
 * the answers to the questions an import asks (see ImportQuestion) and corrections to the
 * detected mapping. Stored with the import, so that it is read again the same way.
 */
export const importAnswersSchema = z.object({
	/** Market for every row, for files without a market column. */
	market: z
		.string()
		.regex(/^[A-Za-z]{2}$/, 'expected a two-letter market code such as MX')
		.transform((s) => s.toUpperCase())
		.optional(),
	/** Currency of the money columns, for files that do not say it. */
	currency: z
		.string()
		.regex(/^[A-Za-z]{3}$/, 'expected a currency code such as BRL')
		.transform((s) => s.toUpperCase())
		.optional(),
	/** Date for every row, for exports of period totals without a date column. */
	date: isoDate.optional(),
	/** The days every row covers (`FROM..TO`), for reports of a period without a date column. */
	period: period.optional(),
	/** The header of the column holding each row's date. */
	dateColumn: header.optional(),
	/** The format of the date column's cells, by id (`dmy`) or label (`%d/%m/%Y`). */
	dateFormat: z.string().min(1).max(40).optional(),
	/** The header of the column holding each row's market (a code or a country name). */
	marketColumn: header.optional(),
	/** The year of the first row, for dates written without one (`February 28`). */
	year: z.number().int().min(1900).max(2999).optional(),
	/** The user's corrections to the detected mapping: header → field, or null to leave it unmapped. */
	mapping: z.record(z.string(), mappableFieldSchema.nullable()).optional()
});

/** Options of one import, from the command line, the Data page or a stored import. */
export const importOptionsSchema = importAnswersSchema.extend({
	/** Name shown in messages (the uploaded or given file name). */
	fileName: z.string().min(1).max(500),
	/** Markets a row may belong to (the campaign's); any two-letter code when absent. */
	markets: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
	/** Currency of each market, used when a file says nothing about its currency. */
	marketCurrencies: z.record(z.string(), z.string()).optional(),
	/** Reads dd/mm vs mm/dd when no value decides it: true for day-first locales. */
	dayFirst: z.boolean().optional()
});
export type ImportOptions = z.input<typeof importOptionsSchema>;
export type ParsedImportOptions = z.output<typeof importOptionsSchema>;
export type ImportAnswers = z.input<typeof importAnswersSchema>;

/** The days of a `FROM..TO` period option. */
export function periodOf(text: string): { start: string; end: string } {
	const [start, end] = text.split('..');
	return { start: start!, end: end! };
}

/**
 * A file that cannot be read at all, as a problem that names the file and the reason: the
 * Data page words it in the reader's language, the message is its English wording (the
 * command line's, the inbox's `failed/` notes').
 */
export class ImportError extends Error {
	constructor(readonly problem: Problem) {
		super(problemText(problem, 'en'));
		this.name = 'ImportError';
	}
}

/**
 * Checks the options of an import, refusing bad ones as an ImportError: a market, currency or
 * date for the whole file as typed on the Data page, or anything else a caller got wrong.
 */
export function parseImportOptions(input: ImportOptions): ParsedImportOptions {
	const parsed = importOptionsSchema.safeParse(input);
	if (parsed.success) return parsed.data;
	const field = parsed.error.issues[0]?.path[0];
	if (field === 'market') throw new ImportError(problem('problem_import_option_market'));
	if (field === 'currency') throw new ImportError(problem('problem_import_option_currency'));
	if (field === 'date') throw new ImportError(problem('problem_import_option_date'));
	if (field === 'period') throw new ImportError(problem('problem_import_option_period'));
	if (field === 'year') throw new ImportError(problem('problem_import_option_year'));
	throw new ImportError(problem('problem_import_options_invalid'));
}
