import type { Db } from '../database';
import type { Clock } from './sessions';

/** How many failed sign-ins are allowed, and over what window. */
export interface ThrottlePolicy {
	/** Failures allowed per account (email) within the window. */
	perAccount: number;
	/** Failures allowed per client address within the window, across all accounts. */
	perAddress: number;
	windowMs: number;
}

/** Five failures per account and twenty per address in fifteen minutes. */
export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
	perAccount: 5,
	perAddress: 20,
	windowMs: 15 * 60 * 1000
};

/** Who is trying to sign in. */
export interface LoginAttempt {
	email: string;
	address: string;
}

/** Whether a sign-in may be tried now; when not, which limit was hit and when to try again. */
export type ThrottleVerdict =
	{ allowed: true } | { allowed: false; limit: 'account' | 'address'; retryAt: Date };

/**
 * Counts failed sign-ins in SQLite, per account and per client address, over a sliding window.
 * Blocked attempts are refused before any password is checked, so guessing slows to the limit.
 */
export class LoginThrottle {
	readonly #db: Db;
	readonly #now: Clock;
	readonly #policy: ThrottlePolicy;

	constructor(db: Db, options: { now?: Clock; policy?: ThrottlePolicy } = {}) {
		this.#db = db;
		this.#now = options.now ?? (() => new Date());
		this.#policy = options.policy ?? DEFAULT_THROTTLE_POLICY;
	}

	/** Whether this attempt may go ahead now. */
	check(attempt: LoginAttempt): ThrottleVerdict {
		const account = this.#retryAt(accountKey(attempt.email), this.#policy.perAccount);
		const address = this.#retryAt(addressKey(attempt.address), this.#policy.perAddress);
		// When both limits are hit, the later retry time is the one that matters.
		if (account && (!address || account >= address)) {
			return { allowed: false, limit: 'account', retryAt: account };
		}
		if (address) return { allowed: false, limit: 'address', retryAt: address };
		return { allowed: true };
	}

	/** Records a wrong password (or an unknown account) for both the account and the address. */
	recordFailure(attempt: LoginAttempt): void {
		const now = this.#now();
		const insert = this.#db.prepare('INSERT INTO login_attempt (key, at) VALUES (?, ?)');
		this.#db.transaction(() => {
			this.#db
				.prepare('DELETE FROM login_attempt WHERE at <= ?')
				.run(new Date(now.getTime() - this.#policy.windowMs).toISOString());
			insert.run(accountKey(attempt.email), now.toISOString());
			insert.run(addressKey(attempt.address), now.toISOString());
		})();
	}

	/**
	 * Forgets an account's failures after a successful sign-in. The address count stays, so one
	 * valid account cannot be used to reset guessing against others.
	 */
	recordSuccess(attempt: LoginAttempt): void {
		this.#db.prepare('DELETE FROM login_attempt WHERE key = ?').run(accountKey(attempt.email));
	}

	/** When the key may try again, or null if it is under its limit. */
	#retryAt(key: string, limit: number): Date | null {
		const now = this.#now();
		const since = new Date(now.getTime() - this.#policy.windowMs).toISOString();
		// The limit-th most recent failure in the window: once it leaves the window the key is
		// back under its limit.
		const row = this.#db
			.prepare(
				`SELECT at FROM login_attempt WHERE key = ? AND at > ?
				ORDER BY at DESC LIMIT 1 OFFSET ?`
			)
			.get(key, since, limit - 1) as { at: string } | undefined;
		return row ? new Date(new Date(row.at).getTime() + this.#policy.windowMs) : null;
	}
}

function accountKey(email: string): string {
	return `account:${email.trim().toLowerCase()}`;
}

function addressKey(address: string): string {
	return `address:${address}`;
}
