import type { Db } from '../database';
import { createSecretToken, hashSecretToken } from './secret-token';

/** The clock the stores read; tests pass a fake one. */
export type Clock = () => Date;

/** How long sessions live. */
export interface SessionPolicy {
	/** A session unused for this long ends. */
	idleMs: number;
	/** No session lives longer than this from sign-in, however often it is used. */
	absoluteMs: number;
}

const DAY = 24 * 60 * 60 * 1000;
const TOUCH_INTERVAL_MS = 60 * 1000;

/** Sessions end after a week without use, and a month after sign-in at the latest. */
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 7 * DAY, absoluteMs: 30 * DAY };

/** A signed-in session, as the server sees it; the id is the hash of the cookie token. */
export interface Session {
	id: string;
	accountId: string;
	createdAt: Date;
	expiresAt: Date;
	lastSeenAt: Date;
}

interface SessionRow {
	id: string;
	account_id: string;
	created_at: string;
	expires_at: string;
	last_seen_at: string;
}

/** Server-side sessions in SQLite. The cookie carries the token; only its sha256 is stored. */
export class SessionStore {
	readonly #db: Db;
	readonly #now: Clock;
	readonly #policy: SessionPolicy;

	constructor(db: Db, options: { now?: Clock; policy?: SessionPolicy } = {}) {
		this.#db = db;
		this.#now = options.now ?? (() => new Date());
		this.#policy = options.policy ?? DEFAULT_SESSION_POLICY;
	}

	/** Starts a session for an account; the token goes into the cookie and nowhere else. */
	create(accountId: string): { token: string; session: Session } {
		const token = createSecretToken();
		const now = this.#now();
		const session: Session = {
			id: hashSecretToken(token),
			accountId,
			createdAt: now,
			expiresAt: new Date(now.getTime() + Math.min(this.#policy.idleMs, this.#policy.absoluteMs)),
			lastSeenAt: now
		};
		this.#db
			.prepare(
				`INSERT INTO session (id, account_id, created_at, expires_at, last_seen_at)
				VALUES (?, ?, ?, ?, ?)`
			)
			.run(
				session.id,
				accountId,
				now.toISOString(),
				session.expiresAt.toISOString(),
				now.toISOString()
			);
		return { token, session };
	}

	/** The live session for a cookie token, or null when unknown, expired or its account is disabled. */
	find(token: string): Session | null {
		const row = this.#db
			.prepare(
				`SELECT s.* FROM session s JOIN account a ON a.id = s.account_id
				WHERE s.id = ? AND s.expires_at > ? AND a.disabled_at IS NULL`
			)
			.get(hashSecretToken(token), this.#now().toISOString()) as SessionRow | undefined;
		return row ? toSession(row) : null;
	}

	/**
	 * Records a use of the session and slides its expiry forward by the idle time, never past
	 * the absolute limit. Returns the updated session, or null when it is no longer live. Every
	 * request touches its session, so uses within a minute of the last recorded one write
	 * nothing: the expiry moves by at most that minute less.
	 */
	touch(token: string): Session | null {
		const session = this.find(token);
		if (!session) return null;
		const now = this.#now();
		if (now.getTime() - session.lastSeenAt.getTime() < TOUCH_INTERVAL_MS) return session;
		const expiresAt = new Date(
			Math.min(
				now.getTime() + this.#policy.idleMs,
				session.createdAt.getTime() + this.#policy.absoluteMs
			)
		);
		this.#db
			.prepare('UPDATE session SET expires_at = ?, last_seen_at = ? WHERE id = ?')
			.run(expiresAt.toISOString(), now.toISOString(), session.id);
		return { ...session, expiresAt, lastSeenAt: now };
	}

	/** Ends one session (sign out). */
	revoke(token: string): void {
		this.#db.prepare('DELETE FROM session WHERE id = ?').run(hashSecretToken(token));
	}

	/** Ends every session of an account (sign out everywhere); returns how many ended. */
	revokeAll(accountId: string): number {
		return this.#db.prepare('DELETE FROM session WHERE account_id = ?').run(accountId).changes;
	}

	/** Deletes expired sessions; returns how many. */
	deleteExpired(): number {
		return this.#db
			.prepare('DELETE FROM session WHERE expires_at <= ?')
			.run(this.#now().toISOString()).changes;
	}
}

function toSession(row: SessionRow): Session {
	return {
		id: row.id,
		accountId: row.account_id,
		createdAt: new Date(row.created_at),
		expiresAt: new Date(row.expires_at),
		lastSeenAt: new Date(row.last_seen_at)
	};
}
