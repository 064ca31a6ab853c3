import { fail, type RequestEvent } from '@sveltejs/kit';
import { actualPhasesOf } from '$lib/domain/actual-phases';
import type { Campaign } from '$lib/domain/campaign';
import { readActualPhasesCsv } from '$lib/domain/timeline/actual-phases-csv';
import { readApprovalsCsv } from '$lib/domain/timeline/approvals-csv';
import type { RecordMarket, RecordsCsv } from '$lib/domain/timeline/records-csv';
import { readSourcingCsv } from '$lib/domain/timeline/sourcing-csv';
import type { AppContext } from '$lib/server/app-context';
import { recordCampaignListChange, saveCampaignChange } from '$lib/server/campaign-change';
import { findCampaign } from '$lib/server/campaign-store';
import { requireAccess } from '$lib/server/http/guard';
import { uploadedText } from '$lib/server/http/uploaded-text';
import type { RecordsSaved } from '$lib/server/timeline/timeline-store';
import { csvProblemTexts } from './csv-problem-text';
import type { SectionResult, TimelineRecords } from './section-result';

/** How one kind of timeline record file is read, saved and put on the campaign's record. */
interface RecordsUpload<T> {
	records: TimelineRecords;
	read(text: string, markets: readonly RecordMarket[]): RecordsCsv<T>;
	save(
		context: AppContext,
		campaignId: string,
		records: T[],
		options: { replace: boolean }
	): RecordsSaved;
	audit: 'sourcing_imported' | 'approvals_imported';
}

/**
 * Reads an uploaded sourcing file (creators approached, and when they agreed): good rows are
 * saved (added, or updated by market and creator; with "replace", the campaign keeps exactly
 * them) and every rejected row comes back with its reasons.
 */
export function uploadSourcing(event: RequestEvent) {
	return uploadRecords(event, {
		records: 'sourcing',
		read: readSourcingCsv,
		save: (context, campaignId, records, options) =>
			context.timeline.saveSourcing(campaignId, records, options),
		audit: 'sourcing_imported'
	});
}

/**
 * Reads an uploaded approvals file (review rounds of content): good rows are saved (added, or
 * updated by market, content and revision; with "replace", the campaign keeps exactly them) and
 * every rejected row comes back with its reasons.
 */
export function uploadApprovals(event: RequestEvent) {
	return uploadRecords(event, {
		records: 'approvals',
		read: readApprovalsCsv,
		save: (context, campaignId, records, options) =>
			context.timeline.saveApprovals(campaignId, records, options),
		audit: 'approvals_imported'
	});
}

/**
 * Reads an uploaded file of actual phase dates: each good row replaces that market's dates of
 * that phase, the other phases are kept, and the change goes on the campaign's history like the
 * typed dates do.
 */
export async function uploadActualPhases(event: RequestEvent) {
	const { context, actor, campaignId } = await requireAccess(event, 'manage_campaign');
	const campaign = findCampaign(context.db, campaignId)!;
	const form = await event.request.formData();
	const upload = await uploadedText(form, 'file', context.config.maxUploadBytes);
	if (!upload.ok) {
		return fail(400, {
			section: 'actuals_file',
			errors: { file: upload.message }
		} satisfies SectionResult);
	}
	const read = readActualPhasesCsv(upload.text, campaign);
	const problems = csvProblemTexts(read.problems);
	if (read.loaded === 0) {
		return fail(400, {
			section: 'actuals_file',
			refused: { kind: 'no_actual_phases', file: upload.name },
			problems
		} satisfies SectionResult);
	}
	const before: Campaign = { ...campaign, actualPhases: actualPhasesOf(campaign) };
	const after: Campaign = { ...campaign, actualPhases: read.actualPhases };
	saveCampaignChange(context, actor!.id, before, after);
	return {
		section: 'actuals_file',
		notice: {
			kind: 'actual_phases_uploaded',
			file: upload.name,
			phases: read.loaded,
			rejected: read.rejectedRows
		},
		problems
	} satisfies SectionResult;
}

async function uploadRecords<T>(event: RequestEvent, kind: RecordsUpload<T>) {
	const { context, actor, campaignId } = await requireAccess(event, 'manage_campaign');
	const campaign = findCampaign(context.db, campaignId)!;
	const form = await event.request.formData();
	const upload = await uploadedText(form, 'file', context.config.maxUploadBytes);
	const section = kind.records;
	if (!upload.ok) {
		return fail(400, { section, errors: { file: upload.message } } satisfies SectionResult);
	}
	const read = kind.read(upload.text, campaign.markets);
	const problems = csvProblemTexts(read.problems);
	// A file with no good row saves nothing, even with "replace": a wrong file (another kind of
	// record, a broken header) must not empty what the campaign holds.
	if (read.records.length === 0) {
		return fail(400, {
			section,
			refused: { kind: 'no_timeline_records', records: kind.records, file: upload.name },
			problems
		} satisfies SectionResult);
	}
	const replace = form.get('replace') === 'on';
	const saved = kind.save(context, campaignId, read.records, { replace });
	recordCampaignListChange(context.people, actor!.id, campaignId, kind.audit, {
		file: upload.name,
		...saved,
		rejected: read.rejectedRows
	});
	return {
		section,
		notice: {
			kind: 'timeline_records_uploaded',
			records: kind.records,
			file: upload.name,
			added: saved.added,
			updated: saved.updated,
			removed: replace ? saved.removed : null,
			rejected: read.rejectedRows
		},
		problems
	} satisfies SectionResult;
}
