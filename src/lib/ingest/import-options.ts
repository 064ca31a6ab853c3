import { z } from 'zod';
import { mappableFieldSchema } from '$lib/domain/facts';

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

/** A file that cannot be read at all: the message names the file and the reason. */
export class ImportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportError';
	}
}
