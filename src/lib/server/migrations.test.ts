import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from './database';
import { MIGRATIONS } from './migrations';

const dirs: string[] = [];
const tempDir = () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-migrations-'));
	dirs.push(dir);
	return dir;
};

afterAll(() => {
	for (const dir of dirs) {
		closeDatabase(dir);
		fs.rmSync(dir, { recursive: true, force: true });
	}
});

const accessMigration = MIGRATIONS.findIndex((sql) => sql.includes('CREATE TABLE account'));
const now = '2026-11-25T10:00:00.000Z';

describe('the people and access migration', () => {
	it('upgrades a database made by the earlier migrations and keeps its data', () => {
		expect(accessMigration).toBeGreaterThan(0);
		const dir = tempDir();
		const old = new Database(path.join(dir, 'parallax.sqlite'));
		for (const sql of MIGRATIONS.slice(0, accessMigration)) old.exec(sql);
		old.pragma(`user_version = ${accessMigration}`);
		old
			.prepare('INSERT INTO campaign (id, name, definition, created_at) VALUES (?, ?, ?, ?)')
			.run('summer', 'Summer', '{}', now);
		old.close();

		const db = openDatabase(dir);
		expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
		const tables = (
			db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
		).map((t) => t.name);
		for (const table of [
			'account',
			'session',
			'membership',
			'invite',
			'share_link',
			'login_attempt',
			'audit'
		]) {
			expect(tables).toContain(table);
		}
		expect(db.prepare('SELECT name FROM campaign WHERE id = ?').get('summer')).toEqual({
			name: 'Summer'
		});

		db.prepare(
			'INSERT INTO account (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)'
		).run('acc-1', 'ana@example.com', 'Ana', 'hash', now);
		db.prepare(
			`INSERT INTO membership (account_id, campaign_id, role, markets, created_at)
			VALUES (?, ?, ?, ?, ?)`
		).run('acc-1', 'summer', 'market_lead', '["MX"]', now);
		expect(db.prepare('SELECT role, markets FROM membership').get()).toEqual({
			role: 'market_lead',
			markets: '["MX"]'
		});
	});

	it('refuses an email that is not lowercased, a duplicate email and an unknown role', () => {
		const db = openDatabase(tempDir());
		const addAccount = db.prepare(
			'INSERT INTO account (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)'
		);
		expect(() => addAccount.run('a', 'Ana@Example.com', 'Ana', 'h', now)).toThrow(/CHECK/);
		addAccount.run('a', 'ana@example.com', 'Ana', 'h', now);
		expect(() => addAccount.run('b', 'ana@example.com', 'Ana', 'h', now)).toThrow(/UNIQUE/);

		db.prepare('INSERT INTO campaign (id, name, definition, created_at) VALUES (?, ?, ?, ?)').run(
			'summer',
			'Summer',
			'{}',
			now
		);
		expect(() =>
			db
				.prepare(
					'INSERT INTO membership (account_id, campaign_id, role, created_at) VALUES (?, ?, ?, ?)'
				)
				.run('a', 'summer', 'admin', now)
		).toThrow(/CHECK/);
	});

	it('ends the sessions and memberships of a deleted account', () => {
		const db = openDatabase(tempDir());
		db.prepare(
			'INSERT INTO account (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)'
		).run('a', 'ana@example.com', 'Ana', 'h', now);
		db.prepare(
			'INSERT INTO session (id, account_id, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?)'
		).run('s', 'a', now, now, now);
		db.prepare('DELETE FROM account WHERE id = ?').run('a');
		expect(db.prepare('SELECT count(*) AS n FROM session').get()).toEqual({ n: 0 });
	});
});
