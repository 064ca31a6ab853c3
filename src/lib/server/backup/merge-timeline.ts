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
	const find = db.prepare(
		'SELECT updated_at FROM sourcing_record WHERE campaign_id = ? AND market = ? AND creator_id = ?'
	);
	const upsert = db.prepare(
		`INSERT INTO sourcing_record (campaign_id, market, creator_id, channel, contacted_at,
			contacted_zone, agreed_at, agreed_zone, outcome, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (campaign_id, market, creator_id) DO UPDATE SET channel = excluded.channel,
			contacted_at = excluded.contacted_at, contacted_zone = excluded.contacted_zone,
			agreed_at = excluded.agreed_at, agreed_zone = excluded.agreed_zone,
			outcome = excluded.outcome, updated_at = excluded.updated_at`
	);
	let changed = 0;
	for (const r of records) {
		const stored = find.get(campaignId, r.market, r.creator_id) as
			{ updated_at: string } | undefined;
		if (stored && stored.updated_at >= r.updated_at) continue;
		upsert.run(
			campaignId,
			r.market,
			r.creator_id,
			r.channel,
			r.contacted_at.utc,
			r.contacted_at.zone,
			r.agreed_at?.utc ?? null,
			r.agreed_at?.zone ?? null,
			r.outcome,
			r.updated_at
		);
		changed++;
	}
	return changed;
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
	const find = db.prepare(
		`SELECT updated_at FROM approval_record
		WHERE campaign_id = ? AND market = ? AND content_id = ? AND revision = ?`
	);
	const upsert = db.prepare(
		`INSERT INTO approval_record (campaign_id, market, content_id, revision, creator_id,
			submitted_at, submitted_zone, decided_at, decided_zone, decision, due_on, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (campaign_id, market, content_id, revision) DO UPDATE SET
			creator_id = excluded.creator_id, submitted_at = excluded.submitted_at,
			submitted_zone = excluded.submitted_zone, decided_at = excluded.decided_at,
			decided_zone = excluded.decided_zone, decision = excluded.decision,
			due_on = excluded.due_on, updated_at = excluded.updated_at`
	);
	let changed = 0;
	for (const r of records) {
		const stored = find.get(campaignId, r.market, r.content_id, r.revision) as
			{ updated_at: string } | undefined;
		if (stored && stored.updated_at >= r.updated_at) continue;
		upsert.run(
			campaignId,
			r.market,
			r.content_id,
			r.revision,
			r.creator_id,
			r.submitted_at.utc,
			r.submitted_at.zone,
			r.decided_at.utc,
			r.decided_at.zone,
			r.decision,
			r.due_on,
			r.updated_at
		);
		changed++;
	}
	return changed;
}
