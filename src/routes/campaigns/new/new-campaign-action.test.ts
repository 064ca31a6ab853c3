import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import type { Account } from '$lib/server/access/accounts';
import { appContext } from '$lib/server/app-context';
import { closeDatabase } from '$lib/server/database';
import { actions } from './+page.server';

// The action finds the server's context through the environment, as in production.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-new-campaign-'));
const noSample = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-no-sample-'));
const environment = {
	PARALLAX_DATA_DIR: process.env.PARALLAX_DATA_DIR,
	PARALLAX_SAMPLE_DIR: process.env.PARALLAX_SAMPLE_DIR
};
process.env.PARALLAX_DATA_DIR = dataDir;
process.env.PARALLAX_SAMPLE_DIR = noSample;

type Event = Parameters<typeof actions.default>[0];

let admin: Account;

/** The new-campaign form posted with these fields, as SvelteKit hands it to the action. */
function post(entries: Record<string, string>): Event {
	const url = new URL('http://localhost/campaigns/new');
	const form = new FormData();
	for (const [name, value] of Object.entries(entries)) form.append(name, value);
	return {
		params: {},
		url,
		locals: { account: admin, sessionToken: null },
		cookies: { get: () => undefined },
		route: { id: '/campaigns/new' },
		request: new Request(url, { method: 'POST', body: form })
	} as unknown as Event;
}

/** The problems a refused post sends back to the page, by field. */
async function errorsOf(event: Event): Promise<Record<string, string>> {
	const outcome = (await actions.default(event)) as unknown as {
		status: number;
		data: { errors: Record<string, string> };
	};
	expect(outcome.status).toBe(400);
	return outcome.data.errors;
}

const brazil = {
	'market.code': 'BR',
	'market.name': 'Brasil',
	'market.currency': 'BRL',
	'market.timeZone': 'America/Sao_Paulo',
	'market.locale': 'pt-BR'
};

beforeAll(async () => {
	const context = await appContext();
	admin = context.people.accounts.create({
		email: 'admin@example.com',
		name: 'Admin',
		passwordHash: '!',
		isAdmin: true
	})!;
});

afterEach(() => overwriteGetLocale(() => baseLocale));

afterAll(() => {
	for (const [name, value] of Object.entries(environment)) {
		if (value === undefined) delete process.env[name];
		else process.env[name] = value;
	}
	closeDatabase(dataDir);
	fs.rmSync(dataDir, { recursive: true, force: true });
	fs.rmSync(noSample, { recursive: true, force: true });
});

describe('creating a campaign through the form', () => {
	it('words every problem of the form in the reader’s language', async () => {
		overwriteGetLocale(() => 'pt');
		const errors = await errorsOf(
			post({
				from: 'scratch',
				id: 'Lançamento',
				name: '',
				reportingCurrency: 'USD',
				...brazil,
				'market.timeZone': 'America/Sao_Paolo'
			})
		);
		expect(errors).toEqual({
			id: 'Use letras minúsculas, dígitos e hifens, começando com uma letra ou um dígito.',
			name: 'Digite um nome.',
			'market.0.timeZone':
				'America/Sao_Paolo não é um fuso horário IANA; digite um como America/Sao_Paulo.'
		});
	});

	it('refuses an id taken already, in English where the reader reads English', async () => {
		const form = { from: 'scratch', id: 'launch', name: 'Launch', reportingCurrency: 'USD' };
		await expect(actions.default(post({ ...form, ...brazil }))).rejects.toMatchObject({
			status: 303,
			location: '/campaigns/launch/settings?created=1'
		});
		expect(await errorsOf(post({ ...form, ...brazil }))).toEqual({
			id: 'A campaign with the id launch exists already.'
		});
		overwriteGetLocale(() => 'es');
		expect(
			await errorsOf(post({ from: 'copy', id: 'next', name: 'Next', copyFrom: 'nothing' }))
		).toEqual({ copyFrom: 'Ninguna campaña tiene el identificador nothing.' });
	});
});
