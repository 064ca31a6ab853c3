import fs from 'node:fs';
import path from 'node:path';
import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '$lib/domain/campaign';
import type { Account } from '$lib/server/access/accounts';
import { appContext, type AppContext } from '$lib/server/app-context';
import { saveCampaign } from '$lib/server/campaign-store';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { requestEvent } from '../../../../../../tests/support/action-event';
import { resetLocaleAfterEach } from '../../../../../../tests/support/reset-locale';
import { useTempDataDir } from '../../../../../../tests/support/temp-data-dir';
import { TEST_CAMPAIGN as campaign } from '../../../../../../tests/support/test-campaign';
import { createAdmin, createMember } from '../../../../../../tests/support/test-people';
import { POST as upload } from '../+server';
import { POST as undo } from './undo/+server';
import { POST as redo } from './redo/+server';
import { GET as original } from './original/+server';
import { GET as rejects } from './rejects.csv/+server';

const dataDir = useTempDataDir('import-endpoints');
resetLocaleAfterEach();

const header = 'date,market,platform,creator_id,impressions\n';
const first = new TextEncoder().encode(`${header}2026-11-01,BR,tiktok,ana,100\n`);
const second = new TextEncoder().encode(
	`${header}2026-11-01,BR,tiktok,ana,900\n2026-11-02,BR,tiktok,ana,=1+2\n`
);

let context: AppContext;
let admin: Account;
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
	return requestEvent<Event>(
		account,
		`/campaigns/[id=campaign]/imports/[import=integer]/${handler}`,
		`/campaigns/${campaignId}/imports/${importId}/${handler}`,
		{ method: handler === 'undo' || handler === 'redo' ? 'POST' : 'GET' }
	);
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
	admin = createAdmin(context.people);
	saveCampaign(context.db, campaign);
	viewer = createMember(context.people, campaign.id, 'viewer', admin);
	const upload = (bytes: Uint8Array, fileName: string) =>
		context.facts.importFile(campaign, bytes, { fileName }, 'upload', admin.id);
	firstId = (await upload(first, 'first.csv')).importId!;
	secondId = (await upload(second, 'relatório de junho.csv')).importId!;
});

describe('undo and redo endpoints', () => {
	it('refuse a viewer and change nothing', async () => {
		await expect(undo(request('undo', secondId, viewer))).rejects.toMatchObject({ status: 403 });
		await expect(undo(request('undo', secondId, null))).rejects.toMatchObject({ status: 401 });
		expect(await factsRows()).toEqual([{ date: '2026-11-01', impressions: 900 }]);
	});

	it('let the owner undo an import, answer its state and the new version, and record it once', async () => {
		const response = await undo(request('undo', secondId, admin));
		expect(response.status).toBe(200);
		const body = await response.json();
		expect(body).toMatchObject({ id: secondId, undone_by: admin.id, changed: true });
		expect(body.undone_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
		expect(body.version).toMatch(/^[0-9a-f]{16}$/);
		expect(await factsRows()).toEqual([{ date: '2026-11-01', impressions: 100 }]);

		const again = await (await undo(request('undo', secondId, admin))).json();
		expect(again).toMatchObject({ changed: false, version: body.version });
		expect(audit('import_undone')).toEqual([
			expect.objectContaining({ accountId: admin.id, itemId: String(secondId) })
		]);
	});

	it('let the owner redo it, and record that too', async () => {
		const body = await (await redo(request('redo', secondId, admin))).json();
		expect(body).toMatchObject({ undone_at: null, undone_by: null, changed: true });
		expect(await factsRows()).toEqual([{ date: '2026-11-01', impressions: 900 }]);
		expect(audit('import_redone')).toHaveLength(1);
	});

	it('answer 404 for an import the campaign does not have', async () => {
		const other: Campaign = { ...campaign, id: 'other' };
		saveCampaign(context.db, other);
		await expect(undo(request('undo', secondId, admin, 'other'))).rejects.toMatchObject({
			status: 404
		});
		await expect(undo(request('undo', 999_999, admin))).rejects.toMatchObject({ status: 404 });
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
		await expect(original(request('original', firstId, admin))).rejects.toMatchObject({
			status: 404
		});
	});
});

describe('the upload endpoint', () => {
	function uploadRequest<Event = RequestEvent>(name: string, body: string): Event {
		return requestEvent<Event>(
			admin,
			'/campaigns/[id=campaign]/imports',
			`/campaigns/${campaign.id}/imports?${new URLSearchParams({ name })}`,
			{ method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body }
		);
	}

	it("answers a file it refuses, or cannot read, with why in the request's language", async () => {
		overwriteGetLocale(() => 'pt');
		const noDate = 'market,impressions\nBR,5\n';
		await expect(upload(uploadRequest('sem-data.csv', noDate))).rejects.toMatchObject({
			status: 400,
			body: {
				message:
					'sem-data.csv: nenhuma das suas 2 colunas tem datas e nenhuma linha acima do cabeçalho indica o período; informe os dias que o arquivo cobre ou a coluna com a data de cada linha (--period DE..ATÉ ou --date-column CABEÇALHO)'
			}
		});
		await expect(upload(uploadRequest('planilha.xlsx', noDate))).rejects.toMatchObject({
			status: 400,
			body: { message: 'planilha.xlsx: só é possível importar exportações .csv, .tsv e .txt' }
		});
	});
});
