import { z } from 'zod';
import { mappableFieldSchema } from '$lib/domain/facts';
import { problem, type Problem } from '$lib/domain/problem';
import { problemText } from '$lib/i18n/problem-text';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** Options of one import, from the command line, the Data page or a stored import. */
export const importOptionsSchema = z.object({
	/** Name shown in messages (the uploaded or given file name). */
	fileName: z.string().min(1).max(500),
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
	/** The user's corrections to the detected mapping: header → field, or null to leave it unmapped. */
	mapping: z.record(z.string(), mappableFieldSchema.nullable()).optional(),
	/** Markets a row may belong to (the campaign's); any two-letter code when absent. */
	markets: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
	/** Currency of each market, used when a file says nothing about its currency. */
	marketCurrencies: z.record(z.string(), z.string()).optional(),
	/** Reads dd/mm vs mm/dd when no value decides it: true for day-first locales. */
	dayFirst: z.boolean().optional()
});
export type ImportOptions = z.input<typeof importOptionsSchema>;
export type ParsedImportOptions = z.output<typeof importOptionsSchema>;

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
	throw new ImportError(problem('problem_import_options_invalid'));
}
