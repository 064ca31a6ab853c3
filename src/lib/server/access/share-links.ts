import type { Db } from '../database';
import { linkState, type LinkState } from './link-state';
import { createSecretToken, hashSecretToken } from './secret-token';
import type { Clock } from './sessions';

/** A read-only link to one view of a campaign. */
export interface ShareLink {
	id: string;
	campaignId: string;
	/** The shared view: a path inside the campaign with its query, such as `live?metric=views`. */
	view: string;
	createdBy: string;
	createdAt: string;
	expiresAt: string;
	revokedAt: string | null;
}

interface ShareLinkRow {
	id: string;
	campaign_id: string;
	view: string;
	created_by: string;
	created_at: string;
	expires_at: string;
	revoked_at: string | null;
}

/** Share links last two weeks unless the owner says otherwise. */
export const DEFAULT_SHARE_DAYS = 14;

/** Expiring, revocable share links in SQLite; only the sha256 of each token is stored. */
export class ShareLinkStore {
	readonly #db: Db;
	readonly #now: Clock;

	constructor(db: Db, options: { now?: Clock } = {}) {
		this.#db = db;
		this.#now = options.now ?? (() => new Date());
	}

	/** Creates a share link; the token is for the link and is not kept. */
	create(entry: { campaignId: string; view: string; createdBy: string; days?: number }): {
		token: string;
		link: ShareLink;
	} {
		const token = createSecretToken();
		const now = this.#now();
		const link: ShareLink = {
			id: hashSecretToken(token),
			campaignId: entry.campaignId,
			view: entry.view,
			createdBy: entry.createdBy,
			createdAt: now.toISOString(),
			expiresAt: new Date(
				now.getTime() + (entry.days ?? DEFAULT_SHARE_DAYS) * 86_400_000
			).toISOString(),
			revokedAt: null
		};
		this.#db
			.prepare(
				`INSERT INTO share_link (id, campaign_id, view, created_by, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?)`
			)
			.run(link.id, link.campaignId, link.view, link.createdBy, link.createdAt, link.expiresAt);
		return { token, link };
	}

	/**
	 * The link a token opens and its state now, or null for an unknown token. Read on every
	 * request, so that a revoked link stops working at once.
	 */
	open(token: string): { link: ShareLink; state: LinkState } | null {
		const row = this.#db
			.prepare('SELECT * FROM share_link WHERE id = ?')
			.get(hashSecretToken(token)) as ShareLinkRow | undefined;
		if (!row) return null;
		const link = toShareLink(row);
		return { link, state: linkState(link, this.#now()) };
	}

	/** Revokes a link of a campaign; returns whether it was live until now. */
	revoke(id: string, campaignId: string): boolean {
		return (
			this.#db
				.prepare(
					`UPDATE share_link SET revoked_at = ?
					WHERE id = ? AND campaign_id = ? AND revoked_at IS NULL`
				)
				.run(this.#now().toISOString(), id, campaignId).changes > 0
		);
	}

	/** A campaign's share links, newest first, with their state now. */
	list(campaignId: string): (ShareLink & { state: LinkState })[] {
		const now = this.#now();
		return (
			this.#db
				.prepare('SELECT * FROM share_link WHERE campaign_id = ? ORDER BY created_at DESC, id')
				.all(campaignId) as ShareLinkRow[]
		).map((row) => {
			const link = toShareLink(row);
			return { ...link, state: linkState(link, now) };
		});
	}
}

function toShareLink(row: ShareLinkRow): ShareLink {
	return {
		id: row.id,
		campaignId: row.campaign_id,
		view: row.view,
		createdBy: row.created_by,
		createdAt: row.created_at,
		expiresAt: row.expires_at,
		revokedAt: row.revoked_at
	};
}
