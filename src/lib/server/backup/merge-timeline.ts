import { TimelineStore } from '../timeline/timeline-store';
import type { Db } from '../database';
import type { CheckedDocument } from './backup-format';

/**
 * Adds the sourcing records the campaign lacks, by market and creator; of a record both hold,
 * the one changed last wins. Each moment keeps its instant and zone; records the backup does
 * not hold stay. Returns how many changed.
 */
export function mergeSourcing(
	db: Db,
	campaignId: string,
	records: CheckedDocument['sourcing']
): number {
	const store = new TimelineStore(db);
	return records.filter((r) =>
		store.restoreSourcing(
			campaignId,
			{
				creatorId: r.creator_id,
				market: r.market,
				channel: r.channel,
				contactedAt: r.contacted_at,
				agreedAt: r.agreed_at,
				outcome: r.outcome
			},
			r.updated_at
		)
	).length;
}

/**
 * Adds the approval records the campaign lacks, by market, content and revision; of a record
 * both hold, the one changed last wins. Records the backup does not hold stay. Returns how many
 * changed.
 */
export function mergeApprovals(
	db: Db,
	campaignId: string,
	records: CheckedDocument['approvals']
): number {
	const store = new TimelineStore(db);
	return records.filter((r) =>
		store.restoreApproval(
			campaignId,
			{
				contentId: r.content_id,
				creatorId: r.creator_id,
				market: r.market,
				revision: r.revision,
				submittedAt: r.submitted_at,
				decidedAt: r.decided_at,
				decision: r.decision,
				dueOn: r.due_on
			},
			r.updated_at
		)
	).length;
}
