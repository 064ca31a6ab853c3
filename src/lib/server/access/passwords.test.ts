import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, hashPassword, needsRehash, verifyPassword } from './passwords';

describe('hashPassword and verifyPassword', () => {
	it('stores an argon2id hash with the OWASP settings, never the password', async () => {
		const stored = await hashPassword('correct horse battery staple');
		expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(stored).not.toContain('correct horse');
		expect(needsRehash(stored)).toBe(false);
	});

	it('salts each hash', async () => {
		const password = 'correct horse battery staple';
		expect(await hashPassword(password)).not.toBe(await hashPassword(password));
	});

	it('accepts the right password and refuses a wrong one', async () => {
		const stored = await hashPassword('correct horse battery staple');
		expect(await verifyPassword(stored, 'correct horse battery staple')).toBe(true);
		expect(await verifyPassword(stored, 'correct horse battery stapl')).toBe(false);
		expect(await verifyPassword(stored, 'Correct horse battery staple')).toBe(false);
	});

	it('answers false for an unknown account, a malformed hash and an oversized password', async () => {
		expect(await verifyPassword(null, 'correct horse battery staple')).toBe(false);
		expect(await verifyPassword('not a hash', 'correct horse battery staple')).toBe(false);
		const stored = await hashPassword('correct horse battery staple');
		expect(await verifyPassword(stored, 'x'.repeat(10_000))).toBe(false);
	});

	it('asks for a rehash of weaker or unreadable hashes', () => {
		expect(
			needsRehash(
				'$argon2id$v=19$m=4096,t=3,p=1$AhtH8nunsQ5jEyAfKJb5VA$lrUIy2cNOblQz3k3G3XoDhf1FGbQ5UaomdziXHTaTtE'
			)
		).toBe(true);
		expect(needsRehash('plain')).toBe(true);
	});
});

describe('checkPasswordPolicy', () => {
	it.each([
		{ name: '11 letters', password: 'short pass1', codes: ['problem_password_too_short'] },
		{ name: '12 letters', password: 'twelve chars', codes: [] },
		{ name: '12 accented letters', password: 'ñandú ñandú!', codes: [] },
		{ name: '12 emoji (24 UTF-16 units)', password: '🙂'.repeat(12), codes: [] },
		{
			name: '11 emoji (22 UTF-16 units)',
			password: '🙂'.repeat(11),
			codes: ['problem_password_too_short']
		},
		{ name: '128 letters', password: 'a'.repeat(128), codes: [] },
		{ name: '129 letters', password: 'a'.repeat(129), codes: ['problem_too_long'] },
		{ name: 'empty', password: '', codes: ['problem_password_too_short'] }
	])('$name → $codes', ({ password, codes }) => {
		expect(checkPasswordPolicy(password).map((p) => p.code)).toEqual(codes);
	});

	it('gives the limit a length problem is worded with', () => {
		expect(checkPasswordPolicy('short')).toEqual([
			{ code: 'problem_password_too_short', params: { minimum: 12 } }
		]);
		expect(checkPasswordPolicy('a'.repeat(129))).toEqual([
			{ code: 'problem_too_long', params: { maximum: 128 } }
		]);
	});

	it('refuses the email address as password', () => {
		const problems = checkPasswordPolicy('Ana.Lima@Example.com', 'ana.lima@example.com');
		expect(problems).toEqual([{ code: 'problem_password_is_email' }]);
	});

	it('reports every problem at once', () => {
		expect(checkPasswordPolicy('a@b.co', 'a@b.co').map((p) => p.code)).toEqual([
			'problem_password_too_short',
			'problem_password_is_email'
		]);
	});
});
