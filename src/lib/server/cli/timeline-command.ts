import fs from 'node:fs';
import path from 'node:path';
import type { CsvProblem } from '$lib/domain/csv-records';
import { readActualPhasesCsv } from '$lib/domain/timeline/actual-phases-csv';
import { readApprovalsCsv } from '$lib/domain/timeline/approvals-csv';
import { readSourcingCsv } from '$lib/domain/timeline/sourcing-csv';
import { problemText } from '$lib/i18n/problem-text';
import { appContext } from '../app-context';
import { findCampaign, saveCampaign } from '../campaign-store';
import { serverConfig } from '../config';
import { storedCampaignTimeline } from '../timeline/timeline-service';
import type { RecordsSaved } from '../timeline/timeline-store';
import type { Command } from './arguments';
import { formatTimeline, timelineDocument } from './timeline-document';

type TimelineCommand = Extract<Command, { command: 'timeline' }>;
type TimelineImportCommand = Extract<Command, { command: 'timeline-import' }>;

/** `parallax timeline`: each market's phases planned against actual, and its timing metrics. */
export async function runTimeline(command: TimelineCommand): Promise<string> {
	const context = await appContext(serverConfig());
	const campaign = findCampaign(context.db, command.campaign);
	if (!campaign) throw new Error(`no campaign with id ${JSON.stringify(command.campaign)}`);
	const document = timelineDocument(storedCampaignTimeline(context, campaign));
	return command.json ? JSON.stringify(document, null, 2) : formatTimeline(document);
}

/** What `parallax timeline-import` did with a file: rows kept, how they were saved, rows refused. */
export interface TimelineImportReport {
	file: string;
	kind: TimelineImportCommand['kind'];
	loaded: number;
	rejected_rows: number;
	/** How the stored records changed; for phases, the phases set. Null when nothing was saved. */
	saved: RecordsSaved | { phases: number } | null;
	rejects: {
		line: number;
		column: string | null;
		value: string | null;
		code: string;
		reason: string;
	}[];
}

/**
 * `parallax timeline-import`: reads a sourcing, approvals or actual-phases file through the
 * same readers as the app and stores its good rows with the campaign; refused rows are listed
 * with their line, column and reason. A file with no good row saves nothing, even with
 * `--replace`, so a wrong file never empties a campaign's records.
 */
export async function runTimelineImport(command: TimelineImportCommand): Promise<string> {
	if (!fs.existsSync(command.file)) throw new Error(`${command.file}: no such file`);
	const text = fs.readFileSync(command.file, 'utf8');
	const context = await appContext(serverConfig());
	const campaign = findCampaign(context.db, command.campaign);
	if (!campaign) throw new Error(`no campaign with id ${JSON.stringify(command.campaign)}`);
	let loaded: number;
	let rejectedRows: number;
	let problems: CsvProblem[];
	let saved: TimelineImportReport['saved'] = null;
	const replace = { replace: command.replace };
	if (command.kind === 'phases') {
		const read = readActualPhasesCsv(text, campaign);
		({ loaded, rejectedRows, problems } = read);
		if (loaded > 0) {
			saveCampaign(context.db, { ...campaign, actualPhases: read.actualPhases });
			saved = { phases: loaded };
		}
	} else if (command.kind === 'sourcing') {
		const read = readSourcingCsv(text, campaign.markets);
		({ rejectedRows, problems } = read);
		loaded = read.records.length;
		if (loaded > 0) saved = context.timeline.saveSourcing(campaign.id, read.records, replace);
	} else {
		const read = readApprovalsCsv(text, campaign.markets);
		({ rejectedRows, problems } = read);
		loaded = read.records.length;
		if (loaded > 0) saved = context.timeline.saveApprovals(campaign.id, read.records, replace);
	}
	const report: TimelineImportReport = {
		file: path.basename(command.file),
		kind: command.kind,
		loaded,
		rejected_rows: rejectedRows,
		saved,
		rejects: problems.map((p) => ({
			line: p.line,
			column: p.column,
			value: p.value,
			code: p.problem.code,
			reason: problemText(p.problem, 'en')
		}))
	};
	return command.json ? JSON.stringify(report, null, 2) : formatImport(report);
}

function formatImport(report: TimelineImportReport): string {
	const saved =
		report.saved === null
			? 'nothing saved'
			: 'phases' in report.saved
				? `${report.saved.phases} phases set`
				: `${report.saved.added} added, ${report.saved.updated} updated, ${report.saved.removed} removed`;
	const lines = [
		`${report.file}: ${report.kind}, ${report.loaded} rows loaded (${saved}), ${report.rejected_rows} rows rejected`
	];
	for (const reject of report.rejects) {
		const column = reject.column === null ? '' : `, column "${reject.column}"`;
		const value = reject.value === null ? '' : ` (${JSON.stringify(reject.value)})`;
		lines.push(`  line ${reject.line}${column}: ${reject.reason}${value}`);
	}
	return lines.join('\n');
}
