import { fail, type RequestEvent } from '@sveltejs/kit';
import { readCreatorsCsv } from '$lib/domain/creators-csv';
import { findCampaign } from '$lib/server/campaign-store';
import { recordCampaignListChange } from '$lib/server/campaign-change';
import { saveCreators } from '$lib/server/creator-store';
import { requireAccess } from '$lib/server/http/guard';
import { uploadedText } from '$lib/server/http/uploaded-text';
import { csvProblemTexts } from './csv-problem-text';
import type { SectionResult } from './section-result';

/**
 * Reads an uploaded creators file: good rows are saved (added, or updated by id; with
 * "replace", the list becomes exactly them) and every rejected row comes back with its reasons.
 */
export async function uploadCreators(event: RequestEvent) {
	const { context, actor, campaignId } = await requireAccess(event, 'manage_campaign');
	const campaign = findCampaign(context.db, campaignId)!;
	const form = await event.request.formData();
	const upload = await uploadedText(form, 'file', context.config.maxUploadBytes);
	if (!upload.ok) {
		return fail(400, {
			section: 'creators',
			errors: { file: upload.message }
		} satisfies SectionResult);
	}
	const read = readCreatorsCsv(
		upload.text,
		campaign.markets.map((m) => m.code)
	);
	if (read.creators.length === 0) {
		return fail(400, {
			section: 'creators',
			refused: { kind: 'no_creators', file: upload.name },
			problems: csvProblemTexts(read.problems)
		} satisfies SectionResult);
	}
	const replace = form.get('replace') === 'on';
	const saved = saveCreators(context.db, campaignId, read.creators, { replace });
	recordCampaignListChange(context.people, actor!.id, campaignId, 'creators_imported', {
		file: upload.name,
		...saved,
		rejected: read.rejectedRows
	});
	return {
		section: 'creators',
		notice: {
			kind: 'creators_uploaded',
			file: upload.name,
			added: saved.added,
			updated: saved.updated,
			removed: replace ? saved.removed : null,
			rejected: read.rejectedRows
		},
		problems: csvProblemTexts(read.problems)
	} satisfies SectionResult;
}
