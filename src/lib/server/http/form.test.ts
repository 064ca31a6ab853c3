import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problem } from '$lib/domain/problem';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { fieldProblem, listOf, readForm } from './form';

function post(fields: [string, string][]): Request {
	return new Request('http://localhost/form', {
		method: 'POST',
		body: new URLSearchParams(fields)
	});
}

const signUp = z.object({
	name: z.string().trim().min(1, 'problem_account_name_missing'),
	email: z.email('problem_email_invalid'),
	password: z.string().min(12, 'problem_password_too_short')
});

afterEach(() => overwriteGetLocale(() => baseLocale));

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
				name: z.string().min(1, 'problem_account_name_missing').max(0, 'problem_too_long'),
				email: z.email('problem_email_invalid'),
				password: z.string().min(12, 'problem_password_too_short')
			})
		);
		expect(form).toEqual({
			ok: false,
			errors: {
				name: 'Enter your name as colleagues know it.',
				email: 'Enter an email address such as ana@agency.com.',
				password: 'Use at least 12 characters; a few words in a row are easy to remember.'
			},
			values: { name: '', email: 'not-an-email' }
		});
	});

	it('words the problems in the language of the request', async () => {
		overwriteGetLocale(() => 'es');
		const form = await readForm(
			post([
				['name', ''],
				['email', 'ana'],
				['password', 'short']
			]),
			signUp
		);
		expect(form).toMatchObject({
			ok: false,
			errors: {
				name: 'Escribe tu nombre como te conocen tus colegas.',
				email: 'Escribe un correo electrónico como ana@agency.com.',
				password:
					'Usa al menos 12 caracteres; unas cuantas palabras seguidas son fáciles de recordar.'
			}
		});
	});

	it('words a check without a problem code, such as a value of the wrong type, as not valid', async () => {
		const form = await readForm(post([['role', 'boss']]), z.object({ role: z.enum(['viewer']) }));
		expect(form).toMatchObject({ ok: false, errors: { role: 'This value is not valid.' } });
	});

	it('keeps only the first of several problems with one field', async () => {
		const form = await readForm(
			post([['code', 'a']]),
			z.object({
				code: z.string().min(3, 'problem_days_minimum').regex(/^\d+$/, 'problem_days_whole')
			})
		);
		expect(form).toMatchObject({ ok: false, errors: { code: 'At least one day.' } });
	});

	it('names a problem of the whole form "form"', async () => {
		const form = await readForm(
			post([
				['from', '2026-12-01'],
				['to', '2026-11-01']
			]),
			z
				.object({ from: z.string(), to: z.string() })
				.refine((range) => range.from <= range.to, 'problem_date_invalid')
		);
		expect(form).toMatchObject({
			ok: false,
			errors: { form: 'Enter a real date as YYYY-MM-DD.' },
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
					message: 'problem_passwords_differ'
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
	it('reports one field’s problem, worded, with the values to keep', () => {
		expect(
			fieldProblem('email', problem('problem_email_taken'), { email: 'ana@example.com' })
		).toEqual({
			errors: { email: 'An account with this email exists: sign in, then open this link again.' },
			values: { email: 'ana@example.com' }
		});
		overwriteGetLocale(() => 'pt');
		expect(fieldProblem('current', problem('problem_password_not_current'))).toEqual({
			errors: { current: 'Esta não é sua senha atual.' },
			values: {}
		});
	});
});
