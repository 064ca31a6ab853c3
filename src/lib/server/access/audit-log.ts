import { toCsvRow } from '$lib/domain/csv-cell';
import type { Db } from '../database';
import type { Clock } from './sessions';

/** One thing someone did: created, changed, signed off, hid, granted, revoked. */
export interface AuditEntry {
	at: string;
	/** Who did it; null for Parallax itself (the sample campaign, the command line). */
	accountId: string | null;
	campaignId: string | null;
	action: string;
	itemKind: string | null;
	itemId: string | null;
	/** What changed, in the action's own terms. Never a password or a token. */
	detail: Record<string, unknown>;
}

/** An entry as shown: with the name of who did it. */
export interface AuditRecord extends AuditEntry {
	id: number;
	accountName: string | null;
}

interface AuditRow {
	id: number;
	at: string;
	account_id: string | null;
	account_name: string | null;
	campaign_id: string | null;
	action: string;
	item_kind: string | null;
	item_id: string | null;
	detail: string;
}

/** The append-only record of who did what, and when. */
export class AuditLog {
	readonly #db: Db;
	readonly #now: Clock;

	constructor(db: Db, options: { now?: Clock } = {}) {
		this.#db = db;
		this.#now = options.now ?? (() => new Date());
	}

	/** Appends an entry, stamped now. */
	record(entry: Omit<AuditEntry, 'at' | 'detail'> & { detail?: Record<string, unknown> }): void {
		this.#db
			.prepare(
				`INSERT INTO audit (at, account_id, campaign_id, action, item_kind, item_id, detail)
				VALUES (?, ?, ?, ?, ?, ?, ?)`
			)
			.run(
				this.#now().toISOString(),
				entry.accountId,
				entry.campaignId,
				entry.action,
				entry.itemKind,
				entry.itemId,
				JSON.stringify(entry.detail ?? {})
			);
	}

	/** A campaign's entries, or one item's, newest first. */
	list(filter: { campaignId: string; itemKind?: string; itemId?: string }): AuditRecord[] {
		const rows = this.#db
			.prepare(
				`SELECT l.*, a.name AS account_name FROM audit l LEFT JOIN account a ON a.id = l.account_id
				WHERE l.campaign_id = ?
					AND (? IS NULL OR l.item_kind = ?) AND (? IS NULL OR l.item_id = ?)
				ORDER BY l.id DESC`
			)
			.all(
				filter.campaignId,
				filter.itemKind ?? null,
				filter.itemKind ?? null,
				filter.itemId ?? null,
				filter.itemId ?? null
			) as AuditRow[];
		return rows.map(toRecord);
	}

	/** Entries about no campaign (sign-ins, refused sign-ins), newest first. */
	listInstallWide(limit = 500): AuditRecord[] {
		const rows = this.#db
			.prepare(
				`SELECT l.*, a.name AS account_name FROM audit l LEFT JOIN account a ON a.id = l.account_id
				WHERE l.campaign_id IS NULL ORDER BY l.id DESC LIMIT ?`
			)
			.all(limit) as AuditRow[];
		return rows.map(toRecord);
	}
}

const CSV_HEADER = ['at', 'who', 'account_id', 'action', 'item_kind', 'item_id', 'detail'];

/** Audit records as CSV text, oldest first, with formula-like cells neutralised. */
export function auditCsv(records: readonly AuditRecord[]): string {
	const lines = [toCsvRow(CSV_HEADER)];
	for (const r of [...records].reverse()) {
		lines.push(
			toCsvRow([
				r.at,
				r.accountName ?? (r.accountId ? '' : 'Parallax'),
				r.accountId ?? '',
				r.action,
				r.itemKind ?? '',
				r.itemId ?? '',
				JSON.stringify(r.detail)
			])
		);
	}
	return lines.join('\r\n') + '\r\n';
}

function toRecord(row: AuditRow): AuditRecord {
	return {
		id: row.id,
		at: row.at,
		accountId: row.account_id,
		accountName: row.account_name,
		campaignId: row.campaign_id,
		action: row.action,
		itemKind: row.item_kind,
		itemId: row.item_id,
		detail: JSON.parse(row.detail) as Record<string, unknown>
	};
}
