import {
	definitionContentSchema,
	type DefinitionContent,
	type DefinitionVersion
} from '$lib/domain/definitions';
import type { Db } from '../database';
import type { Clock } from '../access/sessions';

interface VersionRow {
	definition_id: string;
	version: number;
	content: string;
	revision: number;
	created_at: string;
	created_by: string | null;
}

interface SignatoryRow {
	definition_id: string;
	version: number;
	account_id: string;
	name: string;
	signed_at: string | null;
}

/** A stored version with the save count that guards it against stale writes. */
export interface StoredDefinition extends DefinitionVersion {
	revision: number;
}

/** What a save gives: the version saved, or the newer one that made this save stale. */
export type SaveResult =
	| { saved: StoredDefinition; created: 'definition' | 'version' | 'revision' }
	| { stale: StoredDefinition };

/** What an editor last saw of a definition: nothing (a new one), or a version at a revision. */
export interface SaveBase {
	version: number;
	revision: number;
}

/**
 * Success definitions with their versions and sign-offs. A version is a draft until every
 * signatory has signed it; a draft is changed in place (each save clears its sign-offs), a
 * signed-off version is frozen and a change makes the next version. Nothing is deleted.
 */
export class DefinitionStore {
	readonly #db: Db;
	readonly #now: Clock;

	constructor(db: Db, options: { now?: Clock } = {}) {
		this.#db = db;
		this.#now = options.now ?? (() => new Date());
	}

	/** Every version of every definition of a campaign, oldest first. */
	all(campaignId: string): StoredDefinition[] {
		const rows = this.#db
			.prepare(
				`SELECT * FROM definition_version WHERE campaign_id = ?
				ORDER BY definition_id, version`
			)
			.all(campaignId) as VersionRow[];
		const signatories = this.#signatories(campaignId);
		return rows.map((row) => toDefinition(row, signatories));
	}

	/** The latest version of each definition of a campaign. */
	latest(campaignId: string): StoredDefinition[] {
		const byId = new Map<string, StoredDefinition>();
		for (const version of this.all(campaignId)) byId.set(version.id, version);
		return [...byId.values()];
	}

	/** Every version of one definition, oldest first. */
	versions(campaignId: string, id: string): StoredDefinition[] {
		return this.all(campaignId).filter((version) => version.id === id);
	}

	/** One version of a definition, or its latest when `version` is omitted; null if none. */
	find(campaignId: string, id: string, version?: number): StoredDefinition | null {
		const versions = this.versions(campaignId, id);
		return (
			(version === undefined ? versions.at(-1) : versions.find((v) => v.version === version)) ??
			null
		);
	}

	/**
	 * Saves a definition's content with its signatories. `base` is what the editor started from
	 * (null for a new definition); when the stored definition moved on since, nothing is saved
	 * and the newer version comes back.
	 */
	save(
		campaignId: string,
		content: DefinitionContent,
		signatories: string[],
		by: string | null,
		base: SaveBase | null
	): SaveResult {
		const valid = definitionContentSchema.parse(content);
		return this.#db
			.transaction((): SaveResult => {
				const current = this.find(campaignId, valid.id);
				if (
					current &&
					(!base || base.version !== current.version || base.revision !== current.revision)
				) {
					return { stale: current };
				}
				if (!current && base) return { stale: { ...emptyDefinition(valid), revision: 0 } };
				const now = this.#now().toISOString();
				if (current && !current.signedOff) {
					this.#db
						.prepare(
							`UPDATE definition_version SET content = ?, revision = revision + 1, updated_at = ?,
							updated_by = ? WHERE campaign_id = ? AND definition_id = ? AND version = ?`
						)
						.run(JSON.stringify(valid), now, by, campaignId, valid.id, current.version);
					this.#setSignatories(campaignId, valid.id, current.version, signatories);
					return { saved: this.find(campaignId, valid.id)!, created: 'revision' };
				}
				const version = current ? current.version + 1 : 1;
				this.#db
					.prepare(
						`INSERT INTO definition_version (campaign_id, definition_id, version, content, revision,
						created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)`
					)
					.run(campaignId, valid.id, version, JSON.stringify(valid), now, by, now, by);
				this.#setSignatories(campaignId, valid.id, version, signatories);
				return {
					saved: this.find(campaignId, valid.id)!,
					created: current ? 'version' : 'definition'
				};
			})
			.immediate();
	}

	/**
	 * Records one signatory's sign-off of a draft version; returns the version after it, or why
	 * not. Once every signatory has signed, the version is frozen.
	 */
	signOff(
		campaignId: string,
		id: string,
		version: number,
		accountId: string,
		at: Date = this.#now()
	): StoredDefinition | 'unknown' | 'not_latest' | 'not_signatory' | 'already_signed' {
		return this.#db
			.transaction(() => {
				const latest = this.find(campaignId, id);
				if (!latest || !this.find(campaignId, id, version)) return 'unknown' as const;
				if (latest.version !== version) return 'not_latest' as const;
				const signatory = latest.signatories.find((s) => s.accountId === accountId);
				if (!signatory) return 'not_signatory' as const;
				if (signatory.signedAt) return 'already_signed' as const;
				this.#db
					.prepare(
						`UPDATE definition_signatory SET signed_at = ?
					WHERE campaign_id = ? AND definition_id = ? AND version = ? AND account_id = ?`
					)
					.run(at.toISOString(), campaignId, id, version, accountId);
				return this.find(campaignId, id)!;
			})
			.immediate();
	}

	#setSignatories(campaignId: string, id: string, version: number, accountIds: string[]): void {
		this.#db
			.prepare(
				'DELETE FROM definition_signatory WHERE campaign_id = ? AND definition_id = ? AND version = ?'
			)
			.run(campaignId, id, version);
		const insert = this.#db.prepare(
			`INSERT INTO definition_signatory (campaign_id, definition_id, version, account_id)
			VALUES (?, ?, ?, ?)`
		);
		for (const accountId of new Set(accountIds)) insert.run(campaignId, id, version, accountId);
	}

	#signatories(campaignId: string): Map<string, SignatoryRow[]> {
		const rows = this.#db
			.prepare(
				`SELECT s.definition_id, s.version, s.account_id, a.name, s.signed_at
				FROM definition_signatory s JOIN account a ON a.id = s.account_id
				WHERE s.campaign_id = ? ORDER BY s.signed_at IS NULL, s.signed_at, a.name`
			)
			.all(campaignId) as SignatoryRow[];
		const byVersion = new Map<string, SignatoryRow[]>();
		for (const row of rows) {
			const key = `${row.definition_id}@${row.version}`;
			byVersion.set(key, [...(byVersion.get(key) ?? []), row]);
		}
		return byVersion;
	}
}

function toDefinition(row: VersionRow, signatories: Map<string, SignatoryRow[]>): StoredDefinition {
	const content = definitionContentSchema.parse(JSON.parse(row.content));
	const signers = (signatories.get(`${row.definition_id}@${row.version}`) ?? []).map((s) => ({
		accountId: s.account_id,
		name: s.name,
		signedAt: s.signed_at
	}));
	return {
		...content,
		version: row.version,
		revision: row.revision,
		signatories: signers,
		signedOff: signers.length > 0 && signers.every((s) => s.signedAt !== null),
		createdAt: row.created_at,
		createdBy: row.created_by
	};
}

function emptyDefinition(content: DefinitionContent): DefinitionVersion {
	return {
		...content,
		version: 0,
		signatories: [],
		signedOff: false,
		createdAt: '',
		createdBy: null
	};
}
