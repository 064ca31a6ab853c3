import { beforeEach, describe, expect, it } from 'vitest';
import { useTempDatabases } from '../../../../tests/support/temp-database';
import type { Db } from '../database';
import { AccountStore } from './accounts';

const start = new Date('2026-11-25T10:00:00.000Z');

const openTempDatabase = useTempDatabases('accounts');
let db: Db;
let now: Date;
let accounts: AccountStore;

const later = (ms: number) => {
	now = new Date(now.getTime() + ms);
};

beforeEach(() => {
	db = openTempDatabase();
	now = start;
	accounts = new AccountStore(db, { now: () => now });
});

describe('AccountStore', () => {
	it('counts accounts, starting from none', () => {
		expect(accounts.count()).toBe(0);
		accounts.create({ email: 'ana@example.com', name: 'Ana', passwordHash: 'h1' });
		accounts.create({ email: 'luis@example.com', name: 'Luis', passwordHash: 'h2' });
		expect(accounts.count()).toBe(2);
	});

	it('stores the email trimmed and lower-cased, the name trimmed, stamped with the clock', () => {
		const ana = accounts.create({
			email: '  Ana.Silva@Example.COM ',
			name: '  Ana Silva ',
			passwordHash: 'hash'
		});
		expect(ana).toMatchObject({
			email: 'ana.silva@example.com',
			name: 'Ana Silva',
			isAdmin: false,
			createdAt: start.toISOString()
		});
		expect(ana!.id).toMatch(/^[0-9a-f-]{36}$/);
		const row = db.prepare('SELECT email, name, password_hash FROM account').get();
		expect(row).toEqual({
			email: 'ana.silva@example.com',
			name: 'Ana Silva',
			password_hash: 'hash'
		});
	});

	it('gives display names by id, never an email, leaving out ids that name no account', () => {
		const ana = accounts.create({ email: 'ana@example.com', name: 'Ana', passwordHash: 'h' })!;
		expect(accounts.displayNames([ana.id, null, 'gone', ana.id, undefined])).toEqual({
			[ana.id]: 'Ana'
		});
	});

	it('keeps the interface language a person chose, none until they choose', () => {
		const ana = accounts.create({ email: 'ana@example.com', name: 'Ana', passwordHash: 'h' })!;
		const luis = accounts.create({ email: 'luis@example.com', name: 'Luis', passwordHash: 'h' })!;
		expect(accounts.localeOf(ana.id)).toBeNull();
		accounts.setLocale(ana.id, 'pt');
		expect([accounts.localeOf(ana.id), accounts.localeOf(luis.id)]).toEqual(['pt', null]);
		accounts.setLocale(ana.id, null);
		expect(accounts.localeOf(ana.id)).toBeNull();
	});

	it('refuses an invalid email or an empty name and stores nothing', () => {
		expect(() =>
			accounts.create({ email: 'not-an-email', name: 'Ana', passwordHash: 'h' })
		).toThrow(/problem_email_invalid/);
		expect(() =>
			accounts.create({ email: 'ana@example.com', name: '   ', passwordHash: 'h' })
		).toThrow(/problem_account_name_missing/);
		expect(accounts.count()).toBe(0);
	});

	it('refuses a second account with the same email in another case', () => {
		accounts.create({ email: 'ana@example.com', name: 'Ana', passwordHash: 'h' });
		expect(() =>
			accounts.create({ email: 'ANA@example.com', name: 'Ana again', passwordHash: 'h' })
		).toThrow();
		expect(accounts.count()).toBe(1);
	});

	it('with onlyIfNoAdministrator creates the administrator, and nothing once one exists', () => {
		// The sample campaign's demo people exist before the administrator does.
		accounts.create({ email: 'demo@example.com', name: 'Demo', passwordHash: '!' });
		expect(accounts.hasAdministrator()).toBe(false);
		const first = accounts.create(
			{ email: 'admin@example.com', name: 'Admin', passwordHash: 'h', isAdmin: true },
			{ onlyIfNoAdministrator: true }
		);
		expect(accounts.hasAdministrator()).toBe(true);
		expect(first).toMatchObject({ email: 'admin@example.com', isAdmin: true });
		const second = accounts.create(
			{ email: 'intruder@example.com', name: 'Intruder', passwordHash: 'h', isAdmin: true },
			{ onlyIfNoAdministrator: true }
		);
		expect(second).toBeNull();
		expect(accounts.count()).toBe(2);
		expect(accounts.exists('intruder@example.com')).toBe(false);
	});

	it('finds an account by id, not a disabled one nor an unknown id', () => {
		const ana = accounts.create({ email: 'ana@example.com', name: 'Ana', passwordHash: 'h' })!;
		expect(accounts.find(ana.id)).toEqual(ana);
		expect(accounts.find('nobody')).toBeNull();
		db.prepare('UPDATE account SET disabled_at = ? WHERE id = ?').run(start.toISOString(), ana.id);
		expect(accounts.find(ana.id)).toBeNull();
	});

	it('finds an account and its hash for a sign-in by email in any case and spacing', () => {
		const ana = accounts.create({
			email: 'ana@example.com',
			name: 'Ana',
			passwordHash: 'the-hash'
		})!;
		expect(accounts.findForSignIn(' ANA@Example.com ')).toEqual({
			account: ana,
			passwordHash: 'the-hash'
		});
		expect(accounts.findForSignIn('luis@example.com')).toBeNull();
		expect(accounts.findForSignIn('not an email')).toBeNull();
		db.prepare('UPDATE account SET disabled_at = ? WHERE id = ?').run(start.toISOString(), ana.id);
		expect(accounts.findForSignIn('ana@example.com')).toBeNull();
	});

	it('tells whether an email has an account, disabled ones included', () => {
		const ana = accounts.create({ email: 'ana@example.com', name: 'Ana', passwordHash: 'h' })!;
		expect(accounts.exists('Ana@Example.com')).toBe(true);
		expect(accounts.exists('luis@example.com')).toBe(false);
		expect(accounts.exists('garbage')).toBe(false);
		db.prepare('UPDATE account SET disabled_at = ? WHERE id = ?').run(start.toISOString(), ana.id);
		expect(accounts.exists('ana@example.com')).toBe(true);
	});

	it('gives the earliest enabled administrator as the first admin', () => {
		expect(accounts.firstAdmin()).toBeNull();
		accounts.create({ email: 'member@example.com', name: 'Member', passwordHash: 'h' });
		expect(accounts.firstAdmin()).toBeNull();
		later(1000);
		const first = accounts.create({
			email: 'first@example.com',
			name: 'First',
			passwordHash: 'h',
			isAdmin: true
		})!;
		later(1000);
		const second = accounts.create({
			email: 'second@example.com',
			name: 'Second',
			passwordHash: 'h',
			isAdmin: true
		})!;
		expect(accounts.firstAdmin()).toEqual(first);
		db.prepare('UPDATE account SET disabled_at = ? WHERE id = ?').run(
			start.toISOString(),
			first.id
		);
		expect(accounts.firstAdmin()).toEqual(second);
	});

	it('replaces the password hash of one account only', () => {
		const ana = accounts.create({ email: 'ana@example.com', name: 'Ana', passwordHash: 'old' })!;
		accounts.create({ email: 'luis@example.com', name: 'Luis', passwordHash: 'luis-hash' });
		accounts.setPasswordHash(ana.id, 'new');
		expect(accounts.findForSignIn('ana@example.com')?.passwordHash).toBe('new');
		expect(accounts.findForSignIn('luis@example.com')?.passwordHash).toBe('luis-hash');
	});
});
