import { beforeEach, describe, expect, it } from 'vitest';
import { useTempDatabases } from '../../../../tests/support/temp-database';
import { DEFAULT_THROTTLE_POLICY, LoginThrottle } from './login-throttle';

const MINUTE = 60 * 1000;
const start = new Date('2026-11-25T10:00:00.000Z');

const openTempDatabase = useTempDatabases('throttle');
let now: Date;
let throttle: LoginThrottle;

const later = (ms: number) => {
	now = new Date(now.getTime() + ms);
};
const ana = { email: 'ana@example.com', address: '203.0.113.7' };

beforeEach(() => {
	now = start;
	throttle = new LoginThrottle(openTempDatabase(), { now: () => now });
});

describe('LoginThrottle', () => {
	it('uses 5 failures per account and 20 per address over 15 minutes by default', () => {
		expect(DEFAULT_THROTTLE_POLICY).toEqual({
			perAccount: 5,
			perAddress: 20,
			windowMs: 15 * MINUTE
		});
	});

	it('blocks an account after 5 failures until the first of them is 15 minutes old', () => {
		for (let i = 0; i < 5; i++) {
			expect(throttle.check(ana)).toEqual({ allowed: true });
			throttle.recordFailure(ana);
			later(MINUTE);
		}
		// Failures at 10:00–10:04; now 10:05.
		expect(throttle.check(ana)).toEqual({
			allowed: false,
			limit: 'account',
			retryAt: new Date('2026-11-25T10:15:00.000Z')
		});
		now = new Date('2026-11-25T10:14:59.999Z');
		expect(throttle.check(ana).allowed).toBe(false);
		now = new Date('2026-11-25T10:15:00.000Z');
		expect(throttle.check(ana)).toEqual({ allowed: true });
	});

	it('counts an account by its email whatever its case and spaces, from any address', () => {
		for (let i = 0; i < 5; i++) {
			throttle.recordFailure({ email: ' Ana@Example.COM', address: `198.51.100.${i}` });
		}
		expect(throttle.check(ana)).toMatchObject({ allowed: false, limit: 'account' });
		expect(throttle.check({ email: 'luis@example.com', address: '198.51.100.1' })).toEqual({
			allowed: true
		});
	});

	it('blocks an address after 20 failures spread over many accounts', () => {
		const address = '203.0.113.9';
		for (let i = 0; i < 20; i++) {
			throttle.recordFailure({ email: `person${i}@example.com`, address });
			later(10 * 1000);
		}
		const verdict = throttle.check({ email: 'new@example.com', address });
		expect(verdict).toEqual({
			allowed: false,
			limit: 'address',
			retryAt: new Date(start.getTime() + 15 * MINUTE)
		});
		expect(throttle.check({ email: 'new@example.com', address: '203.0.113.10' })).toEqual({
			allowed: true
		});
	});

	it('forgets the account’s failures after a successful sign-in, not the address’s', () => {
		const policy = { perAccount: 3, perAddress: 5, windowMs: 15 * MINUTE };
		const strict = new LoginThrottle(openTempDatabase(), { now: () => now, policy });
		for (let i = 0; i < 4; i++) strict.recordFailure({ email: `p${i}@example.com`, address: 'a' });
		strict.recordFailure({ email: 'ana@example.com', address: 'a' });
		expect(strict.check({ email: 'ana@example.com', address: 'b' }).allowed).toBe(true);
		expect(strict.check({ email: 'ana@example.com', address: 'a' })).toMatchObject({
			allowed: false,
			limit: 'address'
		});
		strict.recordFailure({ email: 'ana@example.com', address: 'b' });
		strict.recordFailure({ email: 'ana@example.com', address: 'b' });
		expect(strict.check({ email: 'ana@example.com', address: 'b' })).toMatchObject({
			allowed: false,
			limit: 'account'
		});
		strict.recordSuccess({ email: 'ana@example.com', address: 'b' });
		expect(strict.check({ email: 'ana@example.com', address: 'b' }).allowed).toBe(true);
		expect(strict.check({ email: 'ana@example.com', address: 'a' }).allowed).toBe(false);
	});

	it('holds 50 quick wrong guesses to 5, and lets the account in again after the window', () => {
		let tried = 0;
		for (let i = 0; i < 50; i++) {
			if (throttle.check(ana).allowed) {
				tried++;
				throttle.recordFailure(ana);
			}
			later(1000);
		}
		expect(tried).toBe(5);
		const verdict = throttle.check(ana);
		expect(verdict.allowed).toBe(false);
		if (!verdict.allowed) now = verdict.retryAt;
		expect(throttle.check(ana)).toEqual({ allowed: true });
	});

	it('reports the later retry time when both limits are hit', () => {
		const address = '203.0.113.50';
		for (let i = 0; i < 15; i++) throttle.recordFailure({ email: `p${i}@example.com`, address });
		later(5 * MINUTE);
		for (let i = 0; i < 5; i++) throttle.recordFailure({ email: ana.email, address });
		expect(throttle.check({ email: ana.email, address })).toEqual({
			allowed: false,
			limit: 'account',
			retryAt: new Date(start.getTime() + 20 * MINUTE)
		});
	});
});
