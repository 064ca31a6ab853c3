import { parseArgs } from 'node:util';
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

const importArguments = z.object({
	command: z.literal('import'),
	file: z.string().min(1, 'give the CSV file to import'),
	campaign: z.string().optional(),
	market: z
		.string()
		.regex(/^[A-Za-z]{2}$/, '--market expects a two-letter code such as MX')
		.optional(),
	currency: z
		.string()
		.regex(/^[A-Za-z]{3}$/, '--currency expects a code such as BRL')
		.optional(),
	date: isoDate.optional(),
	json: z.boolean()
});

const factsArguments = z.object({
	command: z.literal('facts'),
	campaign: z.string().min(1, 'give the campaign: --campaign ID'),
	asOf: isoDate.optional(),
	json: z.boolean()
});

/** A parsed and checked command line. */
export const commandSchema = z.discriminatedUnion('command', [importArguments, factsArguments]);
export type Command = z.infer<typeof commandSchema>;

export const USAGE = `usage:
  parallax import <file.csv> [--campaign ID] [--market CODE] [--currency CODE] [--date YYYY-MM-DD] [--json]
  parallax facts --campaign ID [--as-of YYYY-MM-DD] [--json]`;

/** Parses argv (without node and the script); throws an Error with a one-line reason. */
export function parseCommand(argv: string[]): Command {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			campaign: { type: 'string' },
			market: { type: 'string' },
			currency: { type: 'string' },
			date: { type: 'string' },
			'as-of': { type: 'string' },
			json: { type: 'boolean', default: false }
		}
	});
	const [command, file] = positionals;
	const parsed = commandSchema.safeParse({
		command,
		file,
		campaign: values.campaign,
		market: values.market,
		currency: values.currency,
		date: values.date,
		asOf: values['as-of'],
		json: values.json ?? false
	});
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new Error(
			issue.path[0] === 'command'
				? `unknown command ${JSON.stringify(command ?? '')}`
				: issue.message
		);
	}
	return parsed.data;
}
