import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RequestEvent } from '@sveltejs/kit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '$lib/domain/campaign';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import type { Account } from '$lib/server/access/accounts';
import { appContext, type AppContext } from '$lib/server/app-context';
import { saveCampaign } from '$lib/server/campaign-store';
import { saveCreators } from '$lib/server/creator-store';
import { closeDatabase } from '$lib/server/database';
import { uploadCreators } from './creators-action.server';
import { setRate } from './fx-actions.server';
import { actions } from './+page.server';
import type { SectionResult } from './section-result';
import { saveMarkets, savePhases } from './structure-actions.server';

// The actions find the server's context through the environment, as in production.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-setup-actions-'));
const noSample = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-no-sample-'));
const environment = {
	PARALLAX_DATA_DIR: process.env.PARALLAX_DATA_DIR,
	PARALLAX_SAMPLE_DIR: process.env.PARALLAX_SAMPLE_DIR
};
process.env.PARALLAX_DATA_DIR = dataDir;
process.env.PARALLAX_SAMPLE_DIR = noSample;

const us = {
	code: 'US',
	name: 'United States',
	currency: 'USD',
	timeZone: 'America/New_York',
	locale: 'en-US'
};
const br = {
	code: 'BR',
	name: 'Brazil',
	currency: 'BRL',
	timeZone: 'America/Sao_Paulo',
	locale: 'pt-BR'
};
const campaign: Campaign = {
	id: 'launch',
	name: 'Launch',
	reportingCurrency: 'USD',
	markets: [us, br],
	budgets: {},
	phases: [{ id: 'live', label: 'Live', start: '2026-11-09', end: '2026-11-22' }],
	start: '2026-11-01',
	end: '2026-11-30'
};

let context: AppContext;
let admin: Account;

/** A form post to the settings page of the campaign, as SvelteKit hands it to an action. */
function post(form: FormData): RequestEvent {
	const url = new URL('http://localhost/campaigns/launch/settings');
	return {
		params: { id: 'launch' },
		url,
		locals: { account: admin, sessionToken: null },
		cookies: { get: () => undefined },
		route: { id: '/campaigns/[id=campaign]/settings' },
		request: new Request(url, { method: 'POST', body: form })
	} as unknown as RequestEvent;
}

function fields(entries: [string, string][]): FormData {
	const form = new FormData();
	for (const [name, value] of entries) form.append(name, value);
	return form;
}

/** What a refused action sends back to the page. */
function refusal(outcome: unknown): SectionResult {
	const failure = outcome as { status: number; data: SectionResult };
	expect(failure.status).toBe(400);
	return failure.data;
}

beforeAll(async () => {
	context = await appContext();
	admin = context.people.accounts.create({
		email: 'admin@example.com',
		name: 'Admin',
		passwordHash: '!',
		isAdmin: true
	})!;
	saveCampaign(context.db, campaign);
	const csv = new TextEncoder().encode(
		'date,market,platform,creator_id,impressions\n2026-11-01,BR,tiktok,ana,100\n2026-11-02,BR,tiktok,ana,120\n'
	);
	await context.facts.importFile(campaign, csv, { fileName: 'br.csv' }, 'upload', admin.id);
	saveCreators(context.db, campaign.id, [
		{
			id: 'ana',
			handle: 'ana.faz',
			market: 'BR',
			platform: 'tiktok',
			followers: 1200,
			tier: 'micro',
			sourcing: null
		}
	]);
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

describe('the campaign settings actions', () => {
	it('refuse to remove a market with data and creators, in the reader’s language', async () => {
		overwriteGetLocale(() => 'pt');
		const form = fields(Object.entries(us).map(([field, value]) => [`market.${field}`, value]));
		const result = refusal(await saveMarkets(post(form)));
		expect(result.errors).toEqual({
			market:
				'BR não pode ser removido: tem 2 linhas de dados. Primeiro desfaça as importações dele na página Dados. ' +
				'BR não pode ser removido: tem 1 criador. Primeiro substitua a lista de criadores.'
		});
		expect(result.rows).toEqual([us]);
	});

	it('word the problems of planned phases per cell', async () => {
		overwriteGetLocale(() => 'es');
		const form = fields([
			['phase.id', 'live'],
			['phase.label', 'Live'],
			['phase.start', '2026-11-09'],
			['phase.end', '2026-11-22'],
			['phase.id', ''],
			['phase.label', 'Soft launch'],
			['phase.start', '2026-11-20'],
			['phase.end', '2026-12-05']
		]);
		expect(refusal(await savePhases(post(form))).errors).toEqual({
			'phase.1.start': 'Se superpone con Live, que dura hasta el 2026-11-22.',
			'phase.1.end': 'La campaña termina el 2026-11-30; una fase no puede terminar después.'
		});
	});

	it('word a campaign date that leaves a planned phase outside', async () => {
		overwriteGetLocale(() => 'es');
		const form = fields([
			['name', 'Launch'],
			['start', '2026-11-10'],
			['end', '2026-11-30']
		]);
		const event = post(form) as Parameters<typeof actions.save>[0];
		expect(refusal(await actions.save(event)).errors).toEqual({
			start: 'Live empieza el 2026-11-09; primero mueve o quita esa fase.'
		});
	});

	it('word the problems of the general form and of a typed FX rate', async () => {
		overwriteGetLocale(() => 'es');
		const general = fields([
			['name', ''],
			['budget_US', '-1'],
			['budget_BR', 'mucho']
		]);
		const event = post(general) as Parameters<typeof actions.save>[0];
		expect(refusal(await actions.save(event)).errors).toEqual({
			name: 'Ponle un nombre a la campaña.',
			budget_US: 'Un presupuesto no puede ser negativo.',
			budget_BR: 'Escribe un importe, como 25000.'
		});
		overwriteGetLocale(() => 'pt');
		const rate = fields([
			['currency', 'BRL'],
			['from', '2026-01-01'],
			['to', '2028-01-01'],
			['rate', '0,18']
		]);
		expect(refusal(await setRate(post(rate))).errors).toEqual({
			to: 'Defina no máximo 400 dias de uma vez.'
		});
	});

	it('give the reasons of rejected creator rows in the reader’s language', async () => {
		overwriteGetLocale(() => 'pt');
		const form = new FormData();
		const text = 'creator_id,handle,market,platform\nbo,bo.faz,MX,tiktok\n';
		form.append('file', new File([text], 'creators.csv', { type: 'text/csv' }));
		const result = refusal(await uploadCreators(post(form)));
		expect(result.problems).toEqual([
			{
				line: 2,
				column: 'market',
				value: 'MX',
				reason: 'não é um dos mercados desta campanha (US, BR)'
			}
		]);
		overwriteGetLocale(() => 'en');
		expect(refusal(await uploadCreators(post(new FormData()))).errors).toEqual({
			file: 'Choose a CSV file first.'
		});
	});
});
