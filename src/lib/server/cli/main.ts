import fs from 'node:fs';
import path from 'node:path';
import { ZodError } from 'zod';
import { createNodeEngine } from '$lib/engine/node-engine';
import { importCsv } from '$lib/ingest/import-csv';
import { ImportError } from '$lib/ingest/import-options';
import { ImportQuestion } from '$lib/ingest/import-question';
import { campaignAsOf, clockDate } from '$lib/domain/as-of';
import { findCampaign } from '../campaign-store';
import { appContext } from '../app-context';
import { serverConfig } from '../config';
import { listImports } from '../import-store';
import { summariseFacts } from '../facts-summary';
import { parseCommand, USAGE, type Command } from './arguments';
import { formatFacts, formatReport } from './format';
import { formatQuestion } from './format-question';
import { runRetro } from './retro-command';
import { runExport } from './export-command';
import { runImportCampaign } from './import-campaign-command';
import { runInbox } from './inbox-command';
import { cliIssueText } from './cli-issue-text';
import { runLive } from './live-command';
import { runScore } from './score-command';
import { runSplit } from './split-command';
import { runTimeline, runTimelineImport } from './timeline-command';

/** Runs one command line; returns the process exit code. Only the command's output goes to stdout. */
export async function main(argv: string[]): Promise<number> {
	let command: Command;
	try {
		command = parseCommand(argv);
	} catch (error) {
		process.stderr.write(`parallax: ${message(error)}\n${USAGE}\n`);
		return 2;
	}
	try {
		const output = await run(command);
		process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
		return 0;
	} catch (error) {
		process.stderr.write(`parallax: ${message(error)}\n`);
		if (error instanceof ImportQuestion) process.stderr.write(formatQuestion(error.question));
		return 1;
	}
}

/** The command's output, by the command asked for. */
function run(command: Command): Promise<string> {
	switch (command.command) {
		case 'import':
			return runImport(command);
		case 'facts':
			return runFacts(command);
		case 'score':
			return runScore(command);
		case 'retro':
			return runRetro(command);
		case 'export':
			return runExport(command);
		case 'import-campaign':
			return runImportCampaign(command);
		case 'inbox':
			return runInbox(command);
		case 'split':
			return runSplit(command);
		case 'live':
			return runLive(command);
		case 'timeline':
			return runTimeline(command);
		case 'timeline-import':
			return runTimelineImport(command);
	}
}

async function runImport(command: Extract<Command, { command: 'import' }>): Promise<string> {
	if (!fs.existsSync(command.file)) throw new Error(`${command.file}: no such file`);
	const bytes = new Uint8Array(fs.readFileSync(command.file));
	const options = {
		fileName: path.basename(command.file),
		market: command.market,
		currency: command.currency,
		date: command.date,
		period: command.period,
		dateColumn: command.dateColumn,
		dateFormat: command.dateFormat,
		marketColumn: command.marketColumn,
		year: command.year
	};
	let report;
	if (command.campaign) {
		const context = await appContext(serverConfig());
		const campaign = findCampaign(context.db, command.campaign);
		if (!campaign) throw new Error(`no campaign with id ${JSON.stringify(command.campaign)}`);
		({ report } = await context.facts.importFile(campaign, bytes, options, 'cli'));
	} else {
		const engine = await createNodeEngine();
		report = (await importCsv(engine, bytes, options)).report;
		await engine.close();
	}
	return command.json ? JSON.stringify(report, null, 2) : formatReport(report);
}

async function runFacts(command: Extract<Command, { command: 'facts' }>): Promise<string> {
	const config = serverConfig();
	const context = await appContext(config);
	const campaign = findCampaign(context.db, command.campaign);
	if (!campaign) throw new Error(`no campaign with id ${JSON.stringify(command.campaign)}`);
	const groups = await summariseFacts(context.facts, campaign.id);
	const imports = listImports(context.db, campaign.id).map((i) => ({
		id: i.id,
		file: i.fileName,
		source: i.source,
		imported_at: i.importedAt,
		undone_at: i.undoneAt,
		rows: i.report.rows
	}));
	const rows = groups.reduce((n, g) => n + g.rows, 0);
	const dates = groups
		.flatMap((g) => [g.min_date, g.max_date])
		.filter((d): d is string => d !== null)
		.sort();
	const lastDay = dates.at(-1) ?? null;
	const document = {
		campaign: {
			id: campaign.id,
			name: campaign.name,
			reporting_currency: campaign.reportingCurrency
		},
		as_of: campaignAsOf(command.asOf ?? clockDate(config.now), lastDay),
		rows,
		dates: { min: dates[0] ?? null, max: lastDay },
		groups,
		imports
	};
	return command.json ? JSON.stringify(document, null, 2) : formatFacts(document);
}

function message(error: unknown): string {
	if (error instanceof ZodError)
		return error.issues.map((i) => `${i.path.join('.')}: ${cliIssueText(i)}`).join('; ');
	if (error instanceof ImportError) return error.message;
	return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
