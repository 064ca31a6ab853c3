import { beforeEach, describe, expect, it } from 'vitest';
import { useTempDatabases } from '../../../../tests/support/temp-database';
import type { Db } from '../database';
import { hashSecretToken } from './secret-token';
import { SessionStore, type SessionPolicy } from './sessions';

const HOUR = 60 * 60 * 1000;
const policy: SessionPolicy = { idleMs: 2 * HOUR, absoluteMs: 5 * HOUR };
const start = new Date('2026-11-25T10:00:00.000Z');

const openTempDatabase = useTempDatabases('sessions');
let db: Db;
let now: Date;
let sessions: SessionStore;

const later = (ms: number) => {
	now = new Date(now.getTime() + ms);
};

function addAccount(id: string, email: string): void {
	db.prepare(
		'INSERT INTO account (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)'
	).run(id, email, id, 'hash', start.toISOString());
}

beforeEach(() => {
	db = openTempDatabase();
	now = start;
	sessions = new SessionStore(db, { now: () => now, policy });
	addAccount('ana', 'ana@example.com');
	addAccount('luis', 'luis@example.com');
});

describe('SessionStore', () => {
	it('gives out a 32-byte base64url token and stores only its sha256', () => {
		const { token, session } = sessions.create('ana');
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(session.id).toBe(hashSecretToken(token));
		const stored = db.prepare('SELECT * FROM session').all() as Record<string, string>[];
		expect(stored).toHaveLength(1);
		expect(Object.values(stored[0]!)).not.toContain(token);
		expect(stored[0]!.id).toMatch(/^[0-9a-f]{64}$/);
	});

	it('gives every sign-in a new token', () => {
		expect(sessions.create('ana').token).not.toBe(sessions.create('ana').token);
	});

	it('finds a live session by its token and nothing by a wrong one', () => {
		const { token } = sessions.create('ana');
		expect(sessions.find(token)).toMatchObject({
			accountId: 'ana',
			createdAt: start,
			expiresAt: new Date(start.getTime() + 2 * HOUR)
		});
		expect(sessions.find(token + 'x')).toBeNull();
		expect(sessions.find(hashSecretToken(token))).toBeNull();
	});

	it('ends a session left idle past the idle time', () => {
		const { token } = sessions.create('ana');
		later(2 * HOUR - 1);
		expect(sessions.find(token)).not.toBeNull();
		later(1);
		expect(sessions.find(token)).toBeNull();
		expect(sessions.touch(token)).toBeNull();
	});

	it('writes nothing for uses within a minute of the last recorded one', () => {
		const { token } = sessions.create('ana');
		later(30 * 1000);
		expect(sessions.touch(token)?.lastSeenAt).toEqual(start);
		later(31 * 1000);
		expect(sessions.touch(token)?.lastSeenAt).toEqual(new Date(start.getTime() + 61 * 1000));
		expect(sessions.find(token)?.expiresAt).toEqual(
			new Date(start.getTime() + 61 * 1000 + 2 * HOUR)
		);
	});

	it('slides the expiry on use, but never past the absolute limit', () => {
		const { token } = sessions.create('ana');
		later(1.5 * HOUR);
		expect(sessions.touch(token)?.expiresAt).toEqual(new Date(start.getTime() + 3.5 * HOUR));
		later(1.5 * HOUR);
		expect(sessions.touch(token)?.lastSeenAt).toEqual(new Date(start.getTime() + 3 * HOUR));
		later(1.5 * HOUR);
		// 4.5 h after sign-in: the idle time would reach 6.5 h, the absolute limit stops it at 5 h.
		expect(sessions.touch(token)?.expiresAt).toEqual(new Date(start.getTime() + 5 * HOUR));
		later(0.5 * HOUR);
		expect(sessions.find(token)).toBeNull();
	});

	it('signs out one session and leaves the others', () => {
		const phone = sessions.create('ana').token;
		const laptop = sessions.create('ana').token;
		sessions.revoke(phone);
		expect(sessions.find(phone)).toBeNull();
		expect(sessions.find(laptop)).not.toBeNull();
	});

	it('signs an account out everywhere without touching other accounts', () => {
		const phone = sessions.create('ana').token;
		const laptop = sessions.create('ana').token;
		const other = sessions.create('luis').token;
		expect(sessions.revokeAll('ana')).toBe(2);
		expect(sessions.find(phone)).toBeNull();
		expect(sessions.find(laptop)).toBeNull();
		expect(sessions.find(other)).not.toBeNull();
	});

	it('refuses the sessions of a disabled account', () => {
		const { token } = sessions.create('ana');
		db.prepare('UPDATE account SET disabled_at = ? WHERE id = ?').run(start.toISOString(), 'ana');
		expect(sessions.find(token)).toBeNull();
	});

	it('deletes expired sessions only', () => {
		sessions.create('ana');
		later(HOUR);
		const fresh = sessions.create('luis').token;
		later(1.5 * HOUR);
		expect(sessions.deleteExpired()).toBe(1);
		expect(sessions.find(fresh)).not.toBeNull();
	});
});
