import { parseArgs } from 'node:util';
import { z } from 'zod';
import { retroOptionsSchema } from '../retro/retro-options';
import { cliIssueText } from './cli-issue-text';

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
	period: z
		.string()
		.regex(
			/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/,
			'--period expects FROM..TO, such as 2026-05-05..2026-05-24'
		)
		.optional(),
	dateColumn: z.string().min(1).max(500).optional(),
	dateFormat: z.string().min(1).max(40).optional(),
	marketColumn: z.string().min(1).max(500).optional(),
	year: z
		.string()
		.regex(/^\d{4}$/, '--year expects a year such as 2025')
		.transform(Number)
		.optional(),
	json: z.boolean()
});

const factsArguments = z.object({
	command: z.literal('facts'),
	campaign: z.string().min(1, 'give the campaign: --campaign ID'),
	asOf: isoDate.optional(),
	json: z.boolean()
});

const scoreArguments = z
	.object({
		command: z.literal('score'),
		campaign: z.string().optional(),
		files: z.array(z.string()),
		definitions: z.string().optional(),
		from: isoDate.optional(),
		to: isoDate.optional(),
		asOf: isoDate.optional(),
		versions: z.record(z.string(), z.number().int().positive()),
		json: z.boolean()
	})
	.refine(
		(a) =>
			a.campaign ? a.files.length === 0 && !a.definitions : a.files.length > 0 && a.definitions,
		{
			message: 'score either --campaign ID, or data files with --definitions FILE.yaml'
		}
	)
	.refine((a) => !a.from || !a.to || a.from <= a.to, { message: '--from is after --to' });

const retroArguments = z
	.object({
		command: z.literal('retro'),
		campaign: z.string().min(1, 'give the campaign: --campaign ID'),
		format: z.enum(['md', 'html'], { message: '--format expects md or html' }).default('md')
	})
	.extend(retroOptionsSchema.shape);

const inboxArguments = z.object({
	command: z.literal('inbox'),
	campaign: z.string().min(1, 'give the campaign: --campaign ID'),
	json: z.boolean()
});

const campaignId = z
	.string()
	.regex(
		/^[a-z0-9][a-z0-9-]{0,62}$/,
		'--as expects a campaign id: lowercase letters, digits, dashes'
	);

/** A required text argument, with one message whether it is missing or empty. */
const required = (message: string) => z.string({ message }).min(1, message);

const exportArguments = z.object({
	command: z.literal('export'),
	campaign: required('give the campaign: --campaign ID'),
	file: required('give the file to write, such as launch.parallax.json.gz')
});

const importCampaignArguments = z.object({
	command: z.literal('import-campaign'),
	file: required('give the backup file to import'),
	as: campaignId.optional(),
	json: z.boolean()
});

const splitShares = z
	.string()
	.regex(/^\d+(\.\d+)?\/\d+(\.\d+)?$/, '--split expects control/treatment shares such as 50/50')
	.transform((text) => text.split('/').map(Number) as [number, number])
	.refine(([control, treatment]) => control > 0 && treatment > 0, {
		message: '--split needs both shares above 0'
	});

const splitFileArguments = z.object({
	command: z.literal('split'),
	source: z.literal('file'),
	file: required('give the CSV file of the split test, or --campaign ID with --test NAME'),
	variant: required("give the column naming each row's variant: --variant COLUMN"),
	control: required('give the control variant: --control VALUE'),
	metric: required('give the outcome column: --metric COLUMN'),
	denominator: z.string().min(1, '--denominator expects a column').optional(),
	by: z.string().min(1, '--by expects a column').optional(),
	split: splitShares.optional(),
	json: z.boolean()
});

const splitCampaignArguments = z.object({
	command: z.literal('split'),
	source: z.literal('campaign'),
	campaign: required('give the campaign: --campaign ID'),
	test: required('give the test: --test NAME'),
	file: z.never({ message: 'give either a file or --campaign ID with --test NAME' }).optional(),
	json: z.boolean()
});

// With --campaign or --test a split test stored with a campaign is read; otherwise a file.
const splitArguments = z.discriminatedUnion('source', [splitFileArguments, splitCampaignArguments]);

const liveArguments = z.object({
	command: z.literal('live'),
	campaign: required('give the campaign: --campaign ID'),
	asOf: isoDate.optional(),
	json: z.boolean()
});

const timelineArguments = z.object({
	command: z.literal('timeline'),
	campaign: required('give the campaign: --campaign ID'),
	json: z.boolean()
});

const timelineImportArguments = z.object({
	command: z.literal('timeline-import'),
	file: required('give the CSV file of records to import'),
	campaign: required('give the campaign: --campaign ID'),
	kind: z.enum(['sourcing', 'approvals', 'phases'], {
		message: '--kind expects sourcing, approvals or phases'
	}),
	replace: z.boolean(),
	json: z.boolean()
});

/** A parsed and checked command line. */
export const commandSchema = z.discriminatedUnion('command', [
	importArguments,
	factsArguments,
	scoreArguments,
	retroArguments,
	exportArguments,
	importCampaignArguments,
	inboxArguments,
	splitArguments,
	liveArguments,
	timelineArguments,
	timelineImportArguments
]);
export type Command = z.infer<typeof commandSchema>;

export const USAGE = `usage:
  parallax import <file.csv> [--campaign ID] [--market CODE | --market-column HEADER] [--currency CODE]
                  [--date YYYY-MM-DD | --period FROM..TO | --date-column HEADER] [--date-format dmy|mdy|…]
                  [--year YYYY] [--json]
  parallax facts --campaign ID [--as-of YYYY-MM-DD] [--json]
  parallax score --campaign ID [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--version DEFINITION=N]... [--as-of YYYY-MM-DD] [--json]
  parallax score <data.csv>... --definitions FILE.yaml [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
  parallax retro --campaign ID [--format md|html] [--as-of YYYY-MM-DD] [--days N]
  parallax export --campaign ID <file.parallax.json.gz>
  parallax import-campaign <file.parallax.json.gz> [--as ID] [--json]
  parallax inbox --campaign ID [--json]
  parallax live --campaign ID [--as-of YYYY-MM-DD] [--json]
  parallax split <file.csv> --variant COLUMN --control VALUE --metric COLUMN [--denominator COLUMN] [--by COLUMN] [--split 50/50] [--json]
  parallax split --campaign ID --test NAME [--json]
  parallax timeline --campaign ID [--json]
  parallax timeline-import <file.csv> --campaign ID --kind sourcing|approvals|phases [--replace] [--json]`;

/** Parses argv (without node and the script); throws an Error with a one-line reason. */
export function parseCommand(argv: string[]): Command {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			campaign: { type: 'string' },
			as: { type: 'string' },
			market: { type: 'string' },
			currency: { type: 'string' },
			date: { type: 'string' },
			period: { type: 'string' },
			'date-column': { type: 'string' },
			'date-format': { type: 'string' },
			'market-column': { type: 'string' },
			year: { type: 'string' },
			'as-of': { type: 'string' },
			from: { type: 'string' },
			to: { type: 'string' },
			definitions: { type: 'string' },
			version: { type: 'string', multiple: true },
			format: { type: 'string' },
			days: { type: 'string' },
			variant: { type: 'string' },
			control: { type: 'string' },
			metric: { type: 'string' },
			denominator: { type: 'string' },
			by: { type: 'string' },
			split: { type: 'string' },
			test: { type: 'string' },
			kind: { type: 'string' },
			replace: { type: 'boolean', default: false },
			json: { type: 'boolean', default: false }
		}
	});
	const [command, file, ...more] = positionals;
	const parsed = commandSchema.safeParse({
		command,
		file,
		campaign: values.campaign,
		as: values.as,
		market: values.market,
		currency: values.currency,
		date: values.date,
		period: values.period,
		dateColumn: values['date-column'],
		dateFormat: values['date-format'],
		marketColumn: values['market-column'],
		year: values.year,
		asOf: values['as-of'],
		from: values.from,
		to: values.to,
		definitions: values.definitions,
		files: file === undefined ? [] : [file, ...more],
		versions: parseVersions(values.version ?? []),
		format: values.format,
		days: values.days,
		variant: values.variant,
		control: values.control,
		metric: values.metric,
		denominator: values.denominator,
		by: values.by,
		split: values.split,
		test: values.test,
		kind: values.kind,
		replace: values.replace ?? false,
		source: values.campaign !== undefined || values.test !== undefined ? 'campaign' : 'file',
		json: values.json ?? false
	});
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new Error(
			issue.path[0] === 'command'
				? `unknown command ${JSON.stringify(command ?? '')}`
				: cliIssueText(issue)
		);
	}
	return parsed.data;
}

/** `--version us-brand=2` flags as { 'us-brand': 2 }; throws on any other shape. */
function parseVersions(flags: string[]): Record<string, number> {
	const versions: Record<string, number> = {};
	for (const flag of flags) {
		const match = /^([a-z0-9][a-z0-9-]*)=(\d+)$/.exec(flag);
		if (!match) throw new Error(`--version expects DEFINITION=N, such as us-brand=2, not ${flag}`);
		versions[match[1]!] = Number(match[2]);
	}
	return versions;
}
