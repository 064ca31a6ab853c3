import {
	approvalRecordSchema,
	sourcingRecordSchema,
	type ApprovalRecord,
	type SourcingRecord
} from '$lib/domain/timeline/timeline-records';
import type { Db } from '../database';

/** How a save changed a campaign's records. */
export interface RecordsSaved {
	added: number;
	updated: number;
	/** Records taken out because the list was replaced. */
	removed: number;
}

interface SourcingRow {
	market: string;
	creator_id: string;
	channel: string | null;
	contacted_at: string;
	contacted_zone: string;
	agreed_at: string | null;
	agreed_zone: string | null;
	outcome: string;
}

interface ApprovalRow {
	market: string;
	content_id: string;
	revision: number;
	creator_id: string | null;
	submitted_at: string;
	submitted_zone: string;
	decided_at: string;
	decided_zone: string;
	decision: string;
	due_on: string | null;
}

/**
 * A campaign's sourcing and approval records in SQLite: moments as UTC instants beside the
 * zone they were written in. A record is keyed by market and creator (sourcing) or by market,
 * content and revision (approvals); saving a known key updates it.
 */
export class TimelineStore {
	constructor(private readonly db: Db) {}

	/** Saves sourcing records; with `replace` the campaign keeps exactly these. */
	saveSourcing(
		campaignId: string,
		records: readonly SourcingRecord[],
		options: { replace?: boolean; now?: Date } = {}
	): RecordsSaved {
		const now = (options.now ?? new Date()).toISOString();
		return this.save(
			'sourcing_record',
			campaignId,
			records.map((record) => sourcingRecordSchema.parse(record)),
			(r) => [r.market, r.creatorId],
			(r) => this.upsertSourcing(campaignId, r, now),
			['market', 'creator_id'],
			options.replace ?? false
		);
	}

	/** Saves approval records; with `replace` the campaign keeps exactly these. */
	saveApprovals(
		campaignId: string,
		records: readonly ApprovalRecord[],
		options: { replace?: boolean; now?: Date } = {}
	): RecordsSaved {
		const now = (options.now ?? new Date()).toISOString();
		return this.save(
			'approval_record',
			campaignId,
			records.map((record) => approvalRecordSchema.parse(record)),
			(r) => [r.market, r.contentId, String(r.revision)],
			(r) => this.upsertApproval(campaignId, r, now),
			['market', 'content_id', 'revision'],
			options.replace ?? false
		);
	}

	/** A campaign's sourcing records, by market then first contact. */
	listSourcing(campaignId: string): SourcingRecord[] {
		const rows = this.db
			.prepare(
				`SELECT market, creator_id, channel, contacted_at, contacted_zone, agreed_at, agreed_zone,
					outcome FROM sourcing_record WHERE campaign_id = ? ORDER BY market, contacted_at, creator_id`
			)
			.all(campaignId) as SourcingRow[];
		return rows.map((row) =>
			sourcingRecordSchema.parse({
				creatorId: row.creator_id,
				market: row.market,
				channel: row.channel,
				contactedAt: { utc: row.contacted_at, zone: row.contacted_zone },
				agreedAt:
					row.agreed_at === null ? null : { utc: row.agreed_at, zone: row.agreed_zone ?? 'UTC' },
				outcome: row.outcome
			})
		);
	}

	/** A campaign's approval records, by market, content and revision. */
	listApprovals(campaignId: string): ApprovalRecord[] {
		const rows = this.db
			.prepare(
				`SELECT market, content_id, revision, creator_id, submitted_at, submitted_zone, decided_at,
					decided_zone, decision, due_on FROM approval_record WHERE campaign_id = ?
				ORDER BY market, content_id, revision`
			)
			.all(campaignId) as ApprovalRow[];
		return rows.map((row) =>
			approvalRecordSchema.parse({
				contentId: row.content_id,
				creatorId: row.creator_id,
				market: row.market,
				revision: row.revision,
				submittedAt: { utc: row.submitted_at, zone: row.submitted_zone },
				decidedAt: { utc: row.decided_at, zone: row.decided_zone },
				decision: row.decision,
				dueOn: row.due_on
			})
		);
	}

	/** How many sourcing and approval records a campaign has. */
	count(campaignId: string): { sourcing: number; approvals: number } {
		const count = (table: string) =>
			(
				this.db
					.prepare(`SELECT count(*) AS n FROM ${table} WHERE campaign_id = ?`)
					.get(campaignId) as { n: number }
			).n;
		return { sourcing: count('sourcing_record'), approvals: count('approval_record') };
	}

	/**
	 * Writes a sourcing record as a backup holds it, with the time it last changed, unless the
	 * campaign's own copy changed later. Returns whether it was written.
	 */
	restoreSourcing(campaignId: string, record: SourcingRecord, updatedAt: string): boolean {
		const stored = this.db
			.prepare(
				'SELECT updated_at FROM sourcing_record WHERE campaign_id = ? AND market = ? AND creator_id = ?'
			)
			.get(campaignId, record.market, record.creatorId) as { updated_at: string } | undefined;
		if (stored && stored.updated_at >= updatedAt) return false;
		this.upsertSourcing(campaignId, sourcingRecordSchema.parse(record), updatedAt);
		return true;
	}

	/**
	 * Writes an approval record as a backup holds it, with the time it last changed, unless the
	 * campaign's own copy changed later. Returns whether it was written.
	 */
	restoreApproval(campaignId: string, record: ApprovalRecord, updatedAt: string): boolean {
		const stored = this.db
			.prepare(
				`SELECT updated_at FROM approval_record
				WHERE campaign_id = ? AND market = ? AND content_id = ? AND revision = ?`
			)
			.get(campaignId, record.market, record.contentId, record.revision) as
			{ updated_at: string } | undefined;
		if (stored && stored.updated_at >= updatedAt) return false;
		this.upsertApproval(campaignId, approvalRecordSchema.parse(record), updatedAt);
		return true;
	}

	private upsertSourcing(campaignId: string, r: SourcingRecord, updatedAt: string): void {
		this.db
			.prepare(
				`INSERT INTO sourcing_record (campaign_id, market, creator_id, channel, contacted_at,
					contacted_zone, agreed_at, agreed_zone, outcome, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (campaign_id, market, creator_id) DO UPDATE SET channel = excluded.channel,
					contacted_at = excluded.contacted_at, contacted_zone = excluded.contacted_zone,
					agreed_at = excluded.agreed_at, agreed_zone = excluded.agreed_zone,
					outcome = excluded.outcome, updated_at = excluded.updated_at`
			)
			.run(
				campaignId,
				r.market,
				r.creatorId,
				r.channel,
				r.contactedAt.utc,
				r.contactedAt.zone,
				r.agreedAt?.utc ?? null,
				r.agreedAt?.zone ?? null,
				r.outcome,
				updatedAt
			);
	}

	private upsertApproval(campaignId: string, r: ApprovalRecord, updatedAt: string): void {
		this.db
			.prepare(
				`INSERT INTO approval_record (campaign_id, market, content_id, revision, creator_id,
					submitted_at, submitted_zone, decided_at, decided_zone, decision, due_on, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (campaign_id, market, content_id, revision) DO UPDATE SET
					creator_id = excluded.creator_id, submitted_at = excluded.submitted_at,
					submitted_zone = excluded.submitted_zone, decided_at = excluded.decided_at,
					decided_zone = excluded.decided_zone, decision = excluded.decision,
					due_on = excluded.due_on, updated_at = excluded.updated_at`
			)
			.run(
				campaignId,
				r.market,
				r.contentId,
				r.revision,
				r.creatorId,
				r.submittedAt.utc,
				r.submittedAt.zone,
				r.decidedAt.utc,
				r.decidedAt.zone,
				r.decision,
				r.dueOn,
				updatedAt
			);
	}

	/** Upserts records by key in one transaction, first taking out the others when replacing. */
	private save<T>(
		table: 'sourcing_record' | 'approval_record',
		campaignId: string,
		records: readonly T[],
		keyOf: (record: T) => string[],
		upsert: (record: T) => unknown,
		keyColumns: readonly string[],
		replace: boolean
	): RecordsSaved {
		const columns = keyColumns.join(', ');
		const stored = () =>
			new Set(
				(
					this.db
						.prepare(`SELECT ${columns} FROM ${table} WHERE campaign_id = ?`)
						.all(campaignId) as Record<string, string | number>[]
				).map((row) => keyColumns.map((c) => String(row[c])).join('\u0000'))
			);
		const remove = this.db.prepare(
			`DELETE FROM ${table} WHERE campaign_id = ? AND ${keyColumns.map((c) => `${c} = ?`).join(' AND ')}`
		);
		return this.db.transaction((): RecordsSaved => {
			const before = stored();
			const keys = new Set(records.map((record) => keyOf(record).join('\u0000')));
			let removed = 0;
			if (replace) {
				for (const key of before) {
					if (keys.has(key)) continue;
					remove.run(campaignId, ...key.split('\u0000'));
					removed++;
				}
			}
			for (const record of records) upsert(record);
			const updated = [...keys].filter((key) => before.has(key)).length;
			return { added: keys.size - updated, updated, removed };
		})();
	}
}
