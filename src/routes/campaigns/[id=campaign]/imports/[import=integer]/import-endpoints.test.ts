import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RequestEvent } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '$lib/domain/campaign';
import type { Account } from '$lib/server/access/accounts';
import { appContext, type AppContext } from '$lib/server/app-context';
import { saveCampaign } from '$lib/server/campaign-store';
import { closeDatabase } from '$lib/server/database';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { POST as upload } from '../+server';
import { POST as undo } from './undo/+server';
import { POST as redo } from './redo/+server';
import { GET as original } from './original/+server';
import { GET as rejects } from './rejects.csv/+server';

// The handlers find the server's context through the environment, as in production.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-import-endpoints-'));
const noSample = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-no-sample-'));
const environment = {
	PARALLAX_DATA_DIR: process.env.PARALLAX_DATA_DIR,
	PARALLAX_SAMPLE_DIR: process.env.PARALLAX_SAMPLE_DIR
};
process.env.PARALLAX_DATA_DIR = dataDir;
process.env.PARALLAX_SAMPLE_DIR = noSample;

const campaign: Campaign = {
	id: 'endpoints',
	name: 'Endpoints',
	reportingCurrency: 'USD',
	markets: [
		{ code: 'BR', name: 'Brazil', currency: 'BRL', timeZone: 'America/Sao_Paulo', locale: 'pt-BR' }
	],
	budgets: {},
	phases: []
};
const header = 'date,market,platform,creator_id,impressions\n';
const first = new TextEncoder().encode(`${header}2026-11-01,BR,tiktok,ana,100\n`);
const second = new TextEncoder().encode(
	`${header}2026-11-01,BR,tiktok,ana,900\n2026-11-02,BR,tiktok,ana,=1+2\n`
);

let context: AppContext;
let owner: Account;
let viewer: Account;
let firstId: number;
let secondId: number;

/** A request as SvelteKit hands it to the handler, typed for the handler it is passed to. */
function request<Event = RequestEvent>(
	handler: 'undo' | 'redo' | 'original' | 'rejects.csv',
	importId: number,
	account: Account | null,
	campaignId = campaign.id
): Event {
	const url = new URL(`http://localhost/campaigns/${campaignId}/imports/${importId}/${handler}`);
	const method = handler === 'undo' || handler === 'redo' ? 'POST' : 'GET';
	return {
		params: { id: campaignId, import: String(importId) },
		url,
		locals: { account, sessionToken: null },
		cookies: { get: () => undefined },
		route: { id: `/campaigns/[id=campaign]/imports/[import=integer]/${handler}` },
		request: new Request(url, { method })
	} as unknown as Event;
}

async function factsRows(): Promise<{ date: string; impressions: number }[]> {
	return context.facts.queryFacts(
		campaign.id,
		(t) => `SELECT date::VARCHAR AS date, impressions FROM ${t} ORDER BY date`
	);
}

function audit(action: string) {
	return context.people.audit
		.list({ campaignId: campaign.id, itemKind: 'import' })
		.filter((r) => r.action === action);
}

beforeAll(async () => {
	context = await appContext();
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
	const upload = (bytes: Uint8Array, fileName: string) =>
		context.facts.importFile(campaign, bytes, { fileName }, 'upload', owner.id);
	firstId = (await upload(first, 'first.csv')).importId!;
	secondId = (await upload(second, 'relatório de junho.csv')).importId!;
});
afterAll(() => {
	for (const [name, value] of Object.entries(environment)) {
		if (value === undefined) delete process.env[name];
		else process.env[name] = value;
	}
	closeDatabase(dataDir);
	fs.rmSync(dataDir, { recursive: true, force: true });
	fs.rmSync(noSample, { recursive: true, force: true });
});

describe('undo and redo endpoints', () => {
	it('refuse a viewer and change nothing', async () => {
		await expect(undo(request('undo', secondId, viewer))).rejects.toMatchObject({ status: 403 });
		await expect(undo(request('undo', secondId, null))).rejects.toMatchObject({ status: 401 });
		expect(await factsRows()).toEqual([{ date: '2026-11-01', impressions: 900 }]);
	});

	it('let the owner undo an import, answer its state and the new version, and record it once', async () => {
		const response = await undo(request('undo', secondId, owner));
		expect(response.status).toBe(200);
		const body = await response.json();
		expect(body).toMatchObject({ id: secondId, undone_by: owner.id, changed: true });
		expect(body.undone_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
		expect(body.version).toMatch(/^[0-9a-f]{16}$/);
		expect(await factsRows()).toEqual([{ date: '2026-11-01', impressions: 100 }]);

		const again = await (await undo(request('undo', secondId, owner))).json();
		expect(again).toMatchObject({ changed: false, version: body.version });
		expect(audit('import_undone')).toEqual([
			expect.objectContaining({ accountId: owner.id, itemId: String(secondId) })
		]);
	});

	it('let the owner redo it, and record that too', async () => {
		const body = await (await redo(request('redo', secondId, owner))).json();
		expect(body).toMatchObject({ undone_at: null, undone_by: null, changed: true });
		expect(await factsRows()).toEqual([{ date: '2026-11-01', impressions: 900 }]);
		expect(audit('import_redone')).toHaveLength(1);
	});

	it('answer 404 for an import the campaign does not have', async () => {
		const other: Campaign = { ...campaign, id: 'other' };
		saveCampaign(context.db, other);
		await expect(undo(request('undo', secondId, owner, 'other'))).rejects.toMatchObject({
			status: 404
		});
		await expect(undo(request('undo', 999_999, owner))).rejects.toMatchObject({ status: 404 });
	});
});

describe('downloads of an import', () => {
	it('serve the original bytes under the name they were uploaded with, to any member', async () => {
		const response = await original(request('original', secondId, viewer));
		expect(new Uint8Array(await response.arrayBuffer())).toEqual(second);
		expect(response.headers.get('content-disposition')).toBe(
			`attachment; filename="relat_rio de junho.csv"; filename*=UTF-8''relat%C3%B3rio%20de%20junho.csv`
		);
	});

	it('serve the rejected rows as CSV with formulas kept as text', async () => {
		const response = await rejects(request('rejects.csv', secondId, viewer));
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toContain(
			`filename*=UTF-8''relat%C3%B3rio%20de%20junho-rejects.csv`
		);
		const lines = (await response.text()).split('\r\n');
		expect(lines[0]).toBe('file,line,column,value,reason');
		expect(lines[1]).toMatch(/^relatório de junho\.csv,3,impressions,'=1\+2,.+/);
		expect(lines).toHaveLength(3);
	});

	it('say so when the original is missing from the data folder', async () => {
		const stored = context.db
			.prepare('SELECT content_hash FROM import WHERE id = ?')
			.get(firstId) as { content_hash: string };
		fs.rmSync(path.join(dataDir, 'files', stored.content_hash));
		await expect(original(request('original', firstId, owner))).rejects.toMatchObject({
			status: 404
		});
	});
});

describe('the upload endpoint', () => {
	function uploadRequest<Event = RequestEvent>(name: string, body: string): Event {
		const url = new URL(`http://localhost/campaigns/${campaign.id}/imports`);
		url.searchParams.set('name', name);
		return {
			params: { id: campaign.id },
			url,
			locals: { account: owner, sessionToken: null },
			cookies: { get: () => undefined },
			route: { id: '/campaigns/[id=campaign]/imports' },
			request: new Request(url, {
				method: 'POST',
				headers: { 'content-type': 'application/octet-stream' },
				body
			})
		} as unknown as Event;
	}

	it("answers a file it refuses, or cannot read, with why in the request's language", async () => {
		overwriteGetLocale(() => 'pt');
		try {
			const noDate = 'market,impressions\nBR,5\n';
			await expect(upload(uploadRequest('sem-data.csv', noDate))).rejects.toMatchObject({
				status: 400,
				body: {
					message:
						'sem-data.csv: nenhuma coluna de data encontrada entre 2 colunas; mapeie uma ou informe uma data para o arquivo inteiro (--date na linha de comando)'
				}
			});
			await expect(upload(uploadRequest('planilha.xlsx', noDate))).rejects.toMatchObject({
				status: 400,
				body: { message: 'planilha.xlsx: só é possível importar exportações .csv, .tsv e .txt' }
			});
		} finally {
			overwriteGetLocale(() => baseLocale);
		}
	});
});
