import fs from 'node:fs';
import { hash } from '@node-rs/argon2';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTempDatabases } from '../../../../tests/support/temp-database';
import type { Db } from '../database';
import type { Account } from './accounts';
import { DEFAULT_THROTTLE_POLICY } from './login-throttle';
import { hashPassword, needsRehash, verifyPassword } from './passwords';
import { createPeople, type People } from './people';
import { signIn, type SecurityLog } from './sign-in';

const start = new Date('2026-11-25T10:00:00.000Z');
const PASSWORD = 'Quetzal sunrise over 4821 rooftops';
const ADDRESS = '203.0.113.7';

const openTempDatabase = useTempDatabases('sign-in');
let passwordHash: string;
let db: Db;
let now: Date;
let people: People;
let ana: Account;
let events: Record<string, string>[];
const log: SecurityLog = (event) => {
	events.push(event);
};

const later = (ms: number) => {
	now = new Date(now.getTime() + ms);
};
const auditActions = () =>
	(db.prepare('SELECT action FROM audit ORDER BY id').all() as { action: string }[]).map(
		(row) => row.action
	);
const attempt = (password: string, extra: { email?: string; address?: string } = {}) =>
	signIn(
		people,
		{ email: extra.email ?? 'ana@example.com', password, address: extra.address ?? ADDRESS },
		log
	);

beforeAll(async () => {
	passwordHash = await hashPassword(PASSWORD);
});

beforeEach(() => {
	db = openTempDatabase();
	now = start;
	events = [];
	people = createPeople(db, { now: () => now });
	ana = people.accounts.create({ email: 'ana@example.com', name: 'Ana', passwordHash })!;
});

describe('signIn', () => {
	it('signs in with the right password, starts a session and records the sign-in', async () => {
		const result = await signIn(
			people,
			{ email: '  ANA@example.com ', password: PASSWORD, address: ADDRESS },
			log
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.account).toEqual(ana);
		expect(people.sessions.find(result.token)).toMatchObject({ accountId: ana.id });
		expect(result.session.id).not.toBe(result.token);
		expect(auditActions()).toEqual(['sign_in']);
		expect(events).toEqual([]);
	});

	it('holds 50 wrong passwords to 5 tries, logs and records every one, then lets the right one in after the wait', async () => {
		const { perAccount, windowMs } = DEFAULT_THROTTLE_POLICY;
		const results = [];
		for (let i = 0; i < 50; i++) {
			results.push(await attempt(`wrong guess ${i}`));
			later(1000);
		}
		expect(results.slice(0, perAccount)).toEqual(Array(5).fill({ ok: false, reason: 'invalid' }));
		// A sliding window: the account may try again when the oldest of its 5 failures, made at
		// the start, is 15 minutes old. Refused tries are not counted, so the time does not move.
		const retryAt = new Date(start.getTime() + windowMs);
		expect(results.slice(perAccount)).toEqual(
			Array(45).fill({ ok: false, reason: 'throttled', retryAt })
		);

		expect(events).toHaveLength(50);
		expect(events.slice(0, 5)).toEqual(
			Array(5).fill({ event: 'sign_in_failed', email: 'ana@example.com', address: ADDRESS })
		);
		expect(events.slice(5)).toEqual(
			Array(45).fill({
				event: 'sign_in_throttled',
				email: 'ana@example.com',
				address: ADDRESS,
				limit: 'account',
				retryAt: retryAt.toISOString()
			})
		);
		expect(auditActions()).toEqual([
			...Array(5).fill('sign_in_failed'),
			...Array(45).fill('sign_in_throttled')
		]);
		const audit = db.prepare('SELECT account_id, campaign_id, item_kind, item_id FROM audit').all();
		expect(new Set(audit.map((row) => JSON.stringify(row)))).toEqual(
			new Set([
				JSON.stringify({
					account_id: null,
					campaign_id: null,
					item_kind: 'account',
					item_id: 'ana@example.com'
				})
			])
		);

		// The right password is refused too while the account is blocked.
		now = new Date(retryAt.getTime() - 1);
		expect(await attempt(PASSWORD)).toEqual({ ok: false, reason: 'throttled', retryAt });
		expect(events.at(-1)?.event).toBe('sign_in_throttled');

		now = new Date(retryAt.getTime() + 1);
		const result = await attempt(PASSWORD);
		expect(result.ok).toBe(true);
		expect(auditActions().at(-1)).toBe('sign_in');
	});

	it('never writes the password into a log event or the database file', async () => {
		for (let i = 0; i < 3; i++) await attempt(`${PASSWORD} ${i}`);
		const first = await attempt(PASSWORD);
		expect(first.ok).toBe(true);
		await attempt(PASSWORD, { email: 'nobody@example.com' });

		for (const event of events) {
			expect(JSON.stringify(event)).not.toContain('Quetzal');
		}
		const tables = (
			db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
		).map((row) => row.name);
		expect(tables).toEqual(
			expect.arrayContaining(['account', 'audit', 'session', 'login_attempt'])
		);
		for (const table of tables) {
			const text = JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all());
			expect(text, table).not.toContain('Quetzal');
		}

		db.pragma('wal_checkpoint(TRUNCATE)');
		const file = db.name;
		const bytes = [file, `${file}-wal`, `${file}-journal`]
			.filter((each) => fs.existsSync(each))
			.map((each) => fs.readFileSync(each));
		const all = Buffer.concat(bytes);
		// The file does hold the sign-in's other text, so the search below can find what is there.
		expect(all.includes('nobody@example.com')).toBe(true);
		expect(all.includes('Quetzal')).toBe(false);
		expect(all.includes(Buffer.from('Quetzal', 'utf16le'))).toBe(false);
	});

	it('rotates the session: signing in again ends the session the browser had', async () => {
		const first = await attempt(PASSWORD);
		if (!first.ok) throw new Error('the first sign-in failed');
		const other = people.sessions.create(ana.id).token;
		const second = await signIn(
			people,
			{
				email: 'ana@example.com',
				password: PASSWORD,
				address: ADDRESS,
				previousToken: first.token
			},
			log
		);
		if (!second.ok) throw new Error('the second sign-in failed');
		expect(second.token).not.toBe(first.token);
		expect(second.session.id).not.toBe(first.session.id);
		expect(people.sessions.find(first.token)).toBeNull();
		expect(people.sessions.find(second.token)).toMatchObject({ accountId: ana.id });
		expect(people.sessions.find(other)).not.toBeNull();
	});

	it('keeps the previous session when the password is wrong', async () => {
		const first = await attempt(PASSWORD);
		if (!first.ok) throw new Error('the first sign-in failed');
		const wrong = await signIn(
			people,
			{ email: 'ana@example.com', password: 'wrong', address: ADDRESS, previousToken: first.token },
			log
		);
		expect(wrong).toEqual({ ok: false, reason: 'invalid' });
		expect(people.sessions.find(first.token)).not.toBeNull();
	});

	it('blocks every account from an address after 20 failures there', async () => {
		for (let i = 0; i < 20; i++) {
			expect(await attempt('wrong', { email: `person${i % 5}@example.com` })).toEqual({
				ok: false,
				reason: 'invalid'
			});
		}
		const blocked = await attempt(PASSWORD);
		expect(blocked).toEqual({
			ok: false,
			reason: 'throttled',
			retryAt: new Date(start.getTime() + DEFAULT_THROTTLE_POLICY.windowMs)
		});
		expect(events.at(-1)).toMatchObject({ event: 'sign_in_throttled', limit: 'address' });
		expect((await attempt(PASSWORD, { address: '198.51.100.1' })).ok).toBe(true);
	});

	it('refuses an unknown email as invalid and counts it as a failure', async () => {
		for (let i = 0; i < 5; i++) {
			expect(await attempt(PASSWORD, { email: 'Nobody@Example.com' })).toEqual({
				ok: false,
				reason: 'invalid'
			});
		}
		expect(await attempt(PASSWORD, { email: 'nobody@example.com' })).toMatchObject({
			ok: false,
			reason: 'throttled'
		});
		expect(events.slice(0, 5).every((e) => e.event === 'sign_in_failed')).toBe(true);
		expect(events[0]!.email).toBe('nobody@example.com');
		expect(auditActions()).toEqual([...Array(5).fill('sign_in_failed'), 'sign_in_throttled']);
		expect(db.prepare('SELECT count(*) AS n FROM session').get()).toEqual({ n: 0 });
	});

	it('forgets the account’s failures after a successful sign-in', async () => {
		for (let i = 0; i < 4; i++) await attempt('wrong');
		expect((await attempt(PASSWORD)).ok).toBe(true);
		for (let i = 0; i < 4; i++) {
			expect(await attempt('wrong')).toEqual({ ok: false, reason: 'invalid' });
		}
	});

	it('refuses a disabled account with the right password', async () => {
		db.prepare('UPDATE account SET disabled_at = ? WHERE id = ?').run(start.toISOString(), ana.id);
		expect(await attempt(PASSWORD)).toEqual({ ok: false, reason: 'invalid' });
	});

	it('rehashes a password stored with weaker settings at the next sign-in', async () => {
		const weak = await hash(PASSWORD, { memoryCost: 8192, timeCost: 1, parallelism: 1 });
		people.accounts.setPasswordHash(ana.id, weak);
		expect(needsRehash(weak)).toBe(true);
		expect((await attempt(PASSWORD)).ok).toBe(true);
		const stored = people.accounts.findForSignIn('ana@example.com')!.passwordHash;
		expect(stored).not.toBe(weak);
		expect(needsRehash(stored)).toBe(false);
		expect(await verifyPassword(stored, PASSWORD)).toBe(true);
	});
});
