import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldProblem, listOf, readForm } from './form';

function post(fields: [string, string][]): Request {
	return new Request('http://localhost/form', {
		method: 'POST',
		body: new URLSearchParams(fields)
	});
}

const signUp = z.object({
	name: z.string().trim().min(1, 'Enter your name.'),
	email: z.email('Enter an email address.'),
	password: z.string().min(12, 'Use at least 12 characters.')
});

describe('readForm', () => {
	it('gives the parsed data of a valid form', async () => {
		const form = await readForm(
			post([
				['name', ' Ana '],
				['email', 'ana@example.com'],
				['password', 'a long enough secret']
			]),
			signUp
		);
		expect(form).toEqual({
			ok: true,
			data: { name: 'Ana', email: 'ana@example.com', password: 'a long enough secret' }
		});
	});

	it('gives the first problem per field and the typed values, but not the password', async () => {
		const form = await readForm(
			post([
				['name', ''],
				['email', 'not-an-email'],
				['password', 'short']
			]),
			z.object({
				name: z.string().min(1, 'Enter your name.').max(0, 'never reached'),
				email: z.email('Enter an email address.'),
				password: z.string().min(12, 'Use at least 12 characters.')
			})
		);
		expect(form).toEqual({
			ok: false,
			errors: {
				name: 'Enter your name.',
				email: 'Enter an email address.',
				password: 'Use at least 12 characters.'
			},
			values: { name: '', email: 'not-an-email' }
		});
	});

	it('keeps only the first of several problems with one field', async () => {
		const form = await readForm(
			post([['code', 'a']]),
			z.object({ code: z.string().min(3, 'Too short.').regex(/^\d+$/, 'Digits only.') })
		);
		expect(form).toMatchObject({ ok: false, errors: { code: 'Too short.' } });
	});

	it('names a problem of the whole form "form"', async () => {
		const form = await readForm(
			post([
				['from', '2026-12-01'],
				['to', '2026-11-01']
			]),
			z
				.object({ from: z.string(), to: z.string() })
				.refine((range) => range.from <= range.to, 'The range ends before it starts.')
		);
		expect(form).toMatchObject({
			ok: false,
			errors: { form: 'The range ends before it starts.' },
			values: { from: '2026-12-01', to: '2026-11-01' }
		});
	});

	it('never echoes any field holding a password: current, new or repeated', async () => {
		const secrets = ['old secret phrase 1', 'new secret phrase 2', 'new secret phrase 3'];
		const form = await readForm(
			post([
				['current_password', secrets[0]!],
				['password', secrets[1]!],
				['password_confirm', secrets[2]!],
				['name', 'Ana']
			]),
			z
				.object({
					current_password: z.string(),
					password: z.string(),
					password_confirm: z.string(),
					name: z.string()
				})
				.refine((f) => f.password === f.password_confirm, {
					path: ['password_confirm'],
					message: 'The passwords differ.'
				})
		);
		expect(form.ok).toBe(false);
		if (form.ok) return;
		expect(form.errors).toEqual({ password_confirm: 'The passwords differ.' });
		expect(form.values).toEqual({ name: 'Ana' });
		for (const secret of secrets) expect(Object.values(form.values)).not.toContain(secret);
	});

	it('gives a repeated field as an array of its values', async () => {
		const form = await readForm(
			post([
				['markets', 'US'],
				['markets', 'MX'],
				['role', 'viewer']
			]),
			z.object({ markets: listOf(z.string()), role: z.string() })
		);
		expect(form).toEqual({ ok: true, data: { markets: ['US', 'MX'], role: 'viewer' } });
	});
});

describe('listOf', () => {
	const markets = z.object({ markets: listOf(z.enum(['US', 'MX', 'BR'])) });

	it('turns an absent, an empty, one and many checkbox values into a list', async () => {
		const read = async (fields: [string, string][]) => readForm(post(fields), markets);
		expect(await read([])).toEqual({ ok: true, data: { markets: [] } });
		expect(await read([['markets', '']])).toEqual({ ok: true, data: { markets: [] } });
		expect(await read([['markets', 'BR']])).toEqual({ ok: true, data: { markets: ['BR'] } });
		expect(
			await read([
				['markets', 'BR'],
				['markets', 'US']
			])
		).toEqual({ ok: true, data: { markets: ['BR', 'US'] } });
	});

	it('checks every value against the item schema', () => {
		expect(markets.safeParse({ markets: ['US', 'XX'] }).success).toBe(false);
		expect(markets.safeParse({ markets: 'XX' }).success).toBe(false);
		expect(markets.parse({ markets: 'MX' })).toEqual({ markets: ['MX'] });
	});
});

describe('fieldProblem', () => {
	it('reports one field’s message with the values to keep', () => {
		expect(fieldProblem('email', 'Taken.', { email: 'ana@example.com' })).toEqual({
			errors: { email: 'Taken.' },
			values: { email: 'ana@example.com' }
		});
		expect(fieldProblem('current', 'Wrong.')).toEqual({
			errors: { current: 'Wrong.' },
			values: {}
		});
	});
});
