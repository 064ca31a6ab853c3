import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ActualPhase, Campaign } from '$lib/domain/campaign';
import type { CsvProblem } from '$lib/domain/csv-records';
import { readApprovalsCsv } from '$lib/domain/timeline/approvals-csv';
import { readSourcingCsv } from '$lib/domain/timeline/sourcing-csv';
import { problemText } from '$lib/i18n/problem-text';
import { saveCampaign } from '../campaign-store';
import type { Db } from '../database';
import type { TimelineStore } from './timeline-store';

/** The part of timeline.json (data/README.md) the app keeps: each market's actual phase dates. */
const sampleTimelineSchema = z.object({
	markets: z.array(
		z.object({
			market: z.string(),
			phases: z.array(
				z.object({ id: z.string(), actual_start: z.string(), actual_end: z.string() })
			)
		})
	)
});

/**
 * Gives the sample campaign its timeline once: the actual phase dates of timeline.json while
 * the campaign has recorded none, and the records of sourcing.csv and approvals.csv while it
 * has no records. The shipped files must read cleanly. Returns the campaign as it now is.
 */
export function ensureSampleTimeline(
	db: Db,
	store: TimelineStore,
	campaign: Campaign,
	sampleDir: string
): Campaign {
	let current = campaign;
	const timelineFile = path.join(sampleDir, 'timeline.json');
	if (current.actualPhases === undefined && fs.existsSync(timelineFile)) {
		const timeline = sampleTimelineSchema.parse(JSON.parse(fs.readFileSync(timelineFile, 'utf8')));
		const actualPhases = Object.fromEntries(
			timeline.markets.map(({ market, phases }) => [
				market,
				phases.map((phase): ActualPhase => ({
					phaseId: phase.id,
					start: phase.actual_start,
					end: phase.actual_end
				}))
			])
		);
		current = { ...current, actualPhases };
		saveCampaign(db, current);
	}
	const counts = store.count(current.id);
	const sourcingFile = path.join(sampleDir, 'sourcing.csv');
	if (counts.sourcing === 0 && fs.existsSync(sourcingFile)) {
		const read = readSourcingCsv(fs.readFileSync(sourcingFile, 'utf8'), current.markets);
		refuseProblems('sourcing.csv', read.problems);
		store.saveSourcing(current.id, read.records);
	}
	const approvalsFile = path.join(sampleDir, 'approvals.csv');
	if (counts.approvals === 0 && fs.existsSync(approvalsFile)) {
		const read = readApprovalsCsv(fs.readFileSync(approvalsFile, 'utf8'), current.markets);
		refuseProblems('approvals.csv', read.problems);
		store.saveApprovals(current.id, read.records);
	}
	return current;
}

function refuseProblems(file: string, problems: readonly CsvProblem[]): void {
	const [first] = problems;
	if (first) throw new Error(`${file} line ${first.line}: ${problemText(first.problem, 'en')}`);
}
