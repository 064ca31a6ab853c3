import { instantOfTimestamp } from '../time/zoned-timestamp';
import type { ApprovalRecord } from './timeline-records';

/** The review history of one piece of content, from its approval records. */
export interface ApprovalPiece {
	contentId: string;
	market: string;
	/** Instant of the first submission. */
	firstSubmitted: number;
	/** Instant of the approval; null while no revision is approved. */
	approvedAt: number | null;
	/** Times changes were requested before the approval (all of them while not approved). */
	rounds: number;
	/** The first revision reviewed was approved. */
	firstTimeApproved: boolean;
	/** The day the piece was due to go live, when a record says. */
	dueOn: string | null;
}

/**
 * Groups approval records by piece (market and content id) and reads each piece's history in
 * revision order: when it was first submitted, when approved, after how many rounds of changes.
 * Records after the first approval do not count (a piece is approved once).
 */
export function toApprovalPieces(records: readonly ApprovalRecord[]): ApprovalPiece[] {
	const groups = new Map<string, ApprovalRecord[]>();
	for (const record of records) {
		const key = `${record.market}\u0000${record.contentId}`;
		const group = groups.get(key);
		if (group) group.push(record);
		else groups.set(key, [record]);
	}
	return [...groups.values()].map((group) => {
		const ordered = [...group].sort((a, b) => a.revision - b.revision);
		const first = ordered[0]!;
		const approvedIndex = ordered.findIndex((r) => r.decision === 'approved');
		const reviewed = approvedIndex === -1 ? ordered : ordered.slice(0, approvedIndex + 1);
		return {
			contentId: first.contentId,
			market: first.market,
			firstSubmitted: instantOfTimestamp(first.submittedAt),
			approvedAt:
				approvedIndex === -1 ? null : instantOfTimestamp(ordered[approvedIndex]!.decidedAt),
			rounds: reviewed.filter((r) => r.decision === 'changes_requested').length,
			firstTimeApproved: first.decision === 'approved',
			dueOn: ordered.find((r) => r.dueOn !== null)?.dueOn ?? null
		};
	});
}
