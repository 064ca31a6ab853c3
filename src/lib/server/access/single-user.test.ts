import { describe, expect, it } from 'vitest';
import { isLoopback, singleUserRefusal } from './single-user';

describe('isLoopback', () => {
	it('accepts names and addresses only this machine can reach', () => {
		for (const host of [
			'127.0.0.1',
			'127.1.2.3',
			'::1',
			'[::1]',
			'localhost',
			'LocalHost',
			'app.localhost',
			'::ffff:127.0.0.1'
		]) {
			expect(isLoopback(host), host).toBe(true);
		}
	});

	it('refuses the wildcard, other machines’ addresses and public names', () => {
		for (const host of [
			'0.0.0.0',
			'192.168.1.5',
			'::',
			'[::]',
			'example.com',
			'127.example.com',
			'localhost.example.com',
			'::ffff:192.168.1.5'
		]) {
			expect(isLoopback(host), host).toBe(false);
		}
	});
});

describe('singleUserRefusal', () => {
	it('refuses an unset host outside development, where the server listens everywhere', () => {
		expect(singleUserRefusal({ host: null, socketPath: null, dev: false })).toMatch(
			/PARALLAX_SINGLE_USER is refused while the server listens on 0\.0\.0\.0/
		);
	});

	it('allows an unset host in development, which listens on localhost', () => {
		expect(singleUserRefusal({ host: null, socketPath: null, dev: true })).toBeNull();
	});

	it('allows a loopback host', () => {
		expect(singleUserRefusal({ host: '127.0.0.1', socketPath: null, dev: false })).toBeNull();
		expect(singleUserRefusal({ host: '::1', socketPath: null, dev: false })).toBeNull();
	});

	it('refuses a non-loopback host, naming it and saying what to do', () => {
		const refusal = singleUserRefusal({ host: '0.0.0.0', socketPath: null, dev: true });
		expect(refusal).toContain('0.0.0.0');
		expect(refusal).toContain('HOST=127.0.0.1');
		expect(singleUserRefusal({ host: '192.168.1.5', socketPath: null, dev: false })).toContain(
			'192.168.1.5'
		);
	});

	it('refuses a Unix socket, even in development', () => {
		expect(singleUserRefusal({ host: null, socketPath: '/run/parallax.sock', dev: true })).toMatch(
			/Unix socket/
		);
		expect(
			singleUserRefusal({ host: '127.0.0.1', socketPath: '/run/parallax.sock', dev: false })
		).not.toBeNull();
	});
});
