import { z } from 'zod';
import { roleSchema, type Membership, type Role } from '$lib/domain/access';
import type { Db } from '../database';
import { linkState, type LinkState } from './link-state';
import { createSecretToken, hashSecretToken } from './secret-token';
import type { Clock } from './sessions';

/** An invitation to join one campaign with a role; the link carries a token only once. */
export interface Invite {
	id: string;
	campaignId: string;
	role: Role;
	markets: string[];
	createdBy: string;
	createdAt: string;
	expiresAt: string;
	usedAt: string | null;
	usedBy: string | null;
	revokedAt: string | null;
}

interface InviteRow {
	id: string;
	campaign_id: string;
	role: string;
	markets: string;
	created_by: string;
	created_at: string;
	expires_at: string;
	used_at: string | null;
	used_by: string | null;
	revoked_at: string | null;
}

/** Invites last a week unless the owner says otherwise. */
export const DEFAULT_INVITE_DAYS = 7;

/** Single-use, expiring invites in SQLite; only the sha256 of each token is stored. */
export class InviteStore {
	readonly #db: Db;
	readonly #now: Clock;

	constructor(db: Db, options: { now?: Clock } = {}) {
		this.#db = db;
		this.#now = options.now ?? (() => new Date());
	}

	/** Creates an invite; the token is for the link and is not kept. */
	create(entry: {
		campaignId: string;
		role: Role;
		markets: string[];
		createdBy: string;
		days?: number;
	}): { token: string; invite: Invite } {
		const token = createSecretToken();
		const now = this.#now();
		const days = entry.days ?? DEFAULT_INVITE_DAYS;
		const invite: Invite = {
			id: hashSecretToken(token),
			campaignId: entry.campaignId,
			role: entry.role,
			markets: entry.markets,
			createdBy: entry.createdBy,
			createdAt: now.toISOString(),
			expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString(),
			usedAt: null,
			usedBy: null,
			revokedAt: null
		};
		this.#db
			.prepare(
				`INSERT INTO invite (id, campaign_id, role, markets, created_by, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)`
			)
			.run(
				invite.id,
				invite.campaignId,
				invite.role,
				JSON.stringify(invite.markets),
				invite.createdBy,
				invite.createdAt,
				invite.expiresAt
			);
		return { token, invite };
	}

	/** The invite a link token opens and its state now, or null for an unknown token. */
	open(token: string): { invite: Invite; state: LinkState } | null {
		const invite = this.#find(hashSecretToken(token));
		return invite ? { invite, state: linkState(invite, this.#now()) } : null;
	}

	/**
	 * Uses the invite for an account: marks it used and returns the membership it grants, all
	 * in one transaction so that a link cannot be used twice. Returns the state that refused it
	 * otherwise.
	 */
	accept(token: string, accountId: string): Membership | LinkState | null {
		const id = hashSecretToken(token);
		return this.#db
			.transaction(() => {
				const invite = this.#find(id);
				if (!invite) return null;
				const now = this.#now();
				const state = linkState(invite, now);
				if (state !== 'live') return state;
				this.#db
					.prepare('UPDATE invite SET used_at = ?, used_by = ? WHERE id = ?')
					.run(now.toISOString(), accountId, id);
				return {
					accountId,
					campaignId: invite.campaignId,
					role: invite.role,
					markets: invite.markets
				};
			})
			.immediate();
	}

	/** Withdraws an unused invite of a campaign; returns whether there was one to withdraw. */
	revoke(id: string, campaignId: string): boolean {
		return (
			this.#db
				.prepare(
					`UPDATE invite SET revoked_at = ?
					WHERE id = ? AND campaign_id = ? AND used_at IS NULL AND revoked_at IS NULL`
				)
				.run(this.#now().toISOString(), id, campaignId).changes > 0
		);
	}

	/** A campaign's invites, newest first, with their state now. */
	list(campaignId: string): (Invite & { state: LinkState })[] {
		const now = this.#now();
		return (
			this.#db
				.prepare('SELECT * FROM invite WHERE campaign_id = ? ORDER BY created_at DESC, id')
				.all(campaignId) as InviteRow[]
		).map((row) => {
			const invite = toInvite(row);
			return { ...invite, state: linkState(invite, now) };
		});
	}

	#find(id: string): Invite | null {
		const row = this.#db.prepare('SELECT * FROM invite WHERE id = ?').get(id) as
			InviteRow | undefined;
		return row ? toInvite(row) : null;
	}
}

function toInvite(row: InviteRow): Invite {
	return {
		id: row.id,
		campaignId: row.campaign_id,
		role: roleSchema.parse(row.role),
		markets: z.array(z.string()).parse(JSON.parse(row.markets)),
		createdBy: row.created_by,
		createdAt: row.created_at,
		expiresAt: row.expires_at,
		usedAt: row.used_at,
		usedBy: row.used_by,
		revokedAt: row.revoked_at
	};
}
