import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../database';
import type { Clock } from './sessions';

/** A person who can sign in. The password hash never leaves the store. */
export interface Account {
	id: string;
	email: string;
	name: string;
	/** Runs the install: owns every campaign and may create new ones. */
	isAdmin: boolean;
	createdAt: string;
}

/** An email address as stored and compared: trimmed and lower-cased (problem codes as messages). */
export const emailSchema = z
	.string()
	.trim()
	.toLowerCase()
	.pipe(z.email({ message: 'problem_email_invalid' }));

/** A display name: what colleagues see next to annotations and sign-offs. */
export const nameSchema = z
	.string()
	.trim()
	.min(1, 'problem_account_name_missing')
	.max(80, 'problem_too_long');

interface AccountRow {
	id: string;
	email: string;
	name: string;
	is_admin: number;
	created_at: string;
	password_hash: string;
}

/** Accounts in SQLite. */
export class AccountStore {
	readonly #db: Db;
	readonly #now: Clock;

	constructor(db: Db, options: { now?: Clock } = {}) {
		this.#db = db;
		this.#now = options.now ?? (() => new Date());
	}

	/** How many accounts exist, the sample campaign's demo people included. */
	count(): number {
		return (this.#db.prepare('SELECT count(*) AS n FROM account').get() as { n: number }).n;
	}

	/** Whether the install has its administrator; until then every page leads to the first-start form. */
	hasAdministrator(): boolean {
		return this.#db.prepare('SELECT 1 FROM account WHERE is_admin = 1 LIMIT 1').get() !== undefined;
	}

	/**
	 * Creates an account from an already hashed password. With `onlyIfNoAdministrator` it
	 * creates nothing (and returns null) once an administrator exists, so two first-start forms
	 * cannot both win.
	 */
	create(
		entry: { email: string; name: string; passwordHash: string; isAdmin?: boolean },
		options: { onlyIfNoAdministrator?: boolean } = {}
	): Account | null {
		const account: Account = {
			id: randomUUID(),
			email: emailSchema.parse(entry.email),
			name: nameSchema.parse(entry.name),
			isAdmin: entry.isAdmin ?? false,
			createdAt: this.#now().toISOString()
		};
		return this.#db
			.transaction(() => {
				if (options.onlyIfNoAdministrator && this.hasAdministrator()) return null;
				this.#db
					.prepare(
						`INSERT INTO account (id, email, name, password_hash, is_admin, created_at)
					VALUES (?, ?, ?, ?, ?, ?)`
					)
					.run(
						account.id,
						account.email,
						account.name,
						entry.passwordHash,
						account.isAdmin ? 1 : 0,
						account.createdAt
					);
				return account;
			})
			.immediate();
	}

	/** The account with this id, or null (also for a disabled account). */
	find(id: string): Account | null {
		const row = this.#db
			.prepare('SELECT * FROM account WHERE id = ? AND disabled_at IS NULL')
			.get(id) as AccountRow | undefined;
		return row ? toAccount(row) : null;
	}

	/**
	 * Display names by account id, for pages that show who wrote or settled something: names
	 * only, never an email. Ids of accounts that are gone are left out.
	 */
	displayNames(ids: Iterable<string | null | undefined>): Record<string, string> {
		const names: Record<string, string> = {};
		for (const id of new Set(ids)) {
			const account = id ? this.find(id) : null;
			if (account) names[account.id] = account.name;
		}
		return names;
	}

	/** The interface language the person chose (en, es, pt), or null to follow their browser. */
	localeOf(id: string): string | null {
		const row = this.#db.prepare('SELECT locale FROM account WHERE id = ?').get(id) as
			{ locale: string | null } | undefined;
		return row?.locale ?? null;
	}

	/** Keeps the interface language a person chose, so that it follows them to other browsers. */
	setLocale(id: string, locale: string | null): void {
		this.#db.prepare('UPDATE account SET locale = ? WHERE id = ?').run(locale, id);
	}

	/** The account and its password hash for a sign-in, or null when no such account can sign in. */
	findForSignIn(email: string): { account: Account; passwordHash: string } | null {
		const parsed = emailSchema.safeParse(email);
		if (!parsed.success) return null;
		const row = this.#db
			.prepare('SELECT * FROM account WHERE email = ? AND disabled_at IS NULL')
			.get(parsed.data) as AccountRow | undefined;
		return row ? { account: toAccount(row), passwordHash: row.password_hash } : null;
	}

	/** Whether an email address already has an account. */
	exists(email: string): boolean {
		const parsed = emailSchema.safeParse(email);
		return (
			parsed.success &&
			this.#db.prepare('SELECT 1 FROM account WHERE email = ?').get(parsed.data) !== undefined
		);
	}

	/** The first administrator, who acts in single-user mode. */
	firstAdmin(): Account | null {
		const row = this.#db
			.prepare(
				`SELECT * FROM account WHERE is_admin = 1 AND disabled_at IS NULL
				ORDER BY created_at, id LIMIT 1`
			)
			.get() as AccountRow | undefined;
		return row ? toAccount(row) : null;
	}

	/** Every administrator, oldest first: they own every campaign without being members of it. */
	listAdmins(): Account[] {
		const rows = this.#db
			.prepare(
				'SELECT * FROM account WHERE is_admin = 1 AND disabled_at IS NULL ORDER BY created_at, id'
			)
			.all() as AccountRow[];
		return rows.map(toAccount);
	}

	/** Replaces an account's password hash (a new password, or a rehash with today's settings). */
	setPasswordHash(id: string, passwordHash: string): void {
		this.#db.prepare('UPDATE account SET password_hash = ? WHERE id = ?').run(passwordHash, id);
	}
}

function toAccount(row: AccountRow): Account {
	return {
		id: row.id,
		email: row.email,
		name: row.name,
		isAdmin: row.is_admin === 1,
		createdAt: row.created_at
	};
}
