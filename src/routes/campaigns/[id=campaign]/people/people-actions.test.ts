import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RequestEvent } from '@sveltejs/kit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '$lib/domain/campaign';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import type { Account } from '$lib/server/access/accounts';
import { appContext } from '$lib/server/app-context';
import { saveCampaign } from '$lib/server/campaign-store';
import { closeDatabase } from '$lib/server/database';
import { actions } from './+page.server';

// The actions find the server's context through the environment, as in production. What they
// refuse is worded in the reader's language, chosen per request (here by overwriteGetLocale).
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-people-actions-'));
const noSample = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-no-sample-'));
const environment = {
	PARALLAX_DATA_DIR: process.env.PARALLAX_DATA_DIR,
	PARALLAX_SAMPLE_DIR: process.env.PARALLAX_SAMPLE_DIR
};
process.env.PARALLAX_DATA_DIR = dataDir;
process.env.PARALLAX_SAMPLE_DIR = noSample;

const campaign: Campaign = {
	id: 'people',
	name: 'People',
	reportingCurrency: 'USD',
	markets: [
		{ code: 'BR', name: 'Brazil', currency: 'BRL', timeZone: 'America/Sao_Paulo', locale: 'pt-BR' }
	],
	budgets: {},
	phases: []
};

let owner: Account;
let viewer: Account;

/** A form post to one action of the people page, as SvelteKit hands it over. */
function post(action: string, account: Account, fields: [string, string][]): RequestEvent {
	const url = new URL(`http://localhost/campaigns/${campaign.id}/people?/${action}`);
	return {
		params: { id: campaign.id },
		url,
		locals: { account, sessionToken: null },
		cookies: { get: () => undefined },
		route: { id: '/campaigns/[id=campaign]/people' },
		request: new Request(url, { method: 'POST', body: new URLSearchParams(fields) })
	} as unknown as RequestEvent;
}

const call = (action: keyof typeof actions, event: RequestEvent) =>
	(actions[action] as (event: RequestEvent) => Promise<unknown>)(event);

beforeAll(async () => {
	const context = await appContext();
	owner = context.people.accounts.create({
		email: 'owner@example.com',
		name: 'Olga Owner',
		passwordHash: '!',
		isAdmin: true
	})!;
	viewer = context.people.accounts.create({
		email: 'viewer@example.com',
		name: 'Vic Viewer',
		passwordHash: '!'
	})!;
	saveCampaign(context.db, campaign);
	context.people.memberships.grant(
		{ accountId: viewer.id, campaignId: campaign.id, role: 'viewer', markets: [] },
		owner.id
	);
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

describe('the people page’s actions', () => {
	it('refuse a viewer with the reason in the reader’s language', async () => {
		overwriteGetLocale(() => 'es');
		await expect(
			call(
				'invite',
				post('invite', viewer, [
					['role', 'viewer'],
					['days', '7']
				])
			)
		).rejects.toMatchObject({
			status: 403,
			body: {
				message:
					'Como lector no puedes gestionar personas e invitaciones; pídeselo a un propietario de la campaña.'
			}
		});
	});

	it('word the problems of an invite form in the reader’s language', async () => {
		overwriteGetLocale(() => 'pt');
		const days = await call(
			'invite',
			post('invite', owner, [
				['role', 'viewer'],
				['days', '31']
			])
		);
		expect(days).toMatchObject({
			status: 400,
			data: { invite: { errors: { days: 'No máximo 30 dias.' }, values: { days: '31' } } }
		});
		const markets = await call(
			'invite',
			post('invite', owner, [
				['role', 'market_lead'],
				['markets', 'MX'],
				['days', '7']
			])
		);
		expect(markets).toMatchObject({
			status: 400,
			data: { invite: { errors: { markets: 'Não é um mercado desta campanha: MX.' } } }
		});
	});

	it('keep the English wording for an English reader', async () => {
		const days = await call(
			'share',
			post('share', owner, [
				['view', 'live'],
				['days', '0']
			])
		);
		expect(days).toMatchObject({
			status: 400,
			data: { share: { errors: { days: 'At least one day.' } } }
		});
		await expect(
			call('removeMember', post('removeMember', owner, [['accountId', owner.id]]))
		).rejects.toMatchObject({
			status: 404,
			body: { message: 'This person is not a member of the campaign.' }
		});
	});
});
