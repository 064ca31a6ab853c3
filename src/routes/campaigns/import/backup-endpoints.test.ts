import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import type { Account } from '$lib/server/access/accounts';
import { appContext, type AppContext } from '$lib/server/app-context';
import { readBackup } from '$lib/server/backup/backup-codec';
import { saveCampaign } from '$lib/server/campaign-store';
import { requestEvent } from '../../../../tests/support/action-event';
import { resetLocaleAfterEach } from '../../../../tests/support/reset-locale';
import { useTempDataDir } from '../../../../tests/support/temp-data-dir';
import { TEST_CAMPAIGN as campaign } from '../../../../tests/support/test-campaign';
import { createAdmin, createMember } from '../../../../tests/support/test-people';
import { GET as exportCampaign } from '../[id=campaign]/export/+server';
import { POST as importCampaign } from './+server';

useTempDataDir('backup-endpoints', { PARALLAX_MAX_UPLOAD_MB: '1', PARALLAX_NOW: '2026-11-25' });
resetLocaleAfterEach();

const csv = new TextEncoder().encode(
	'date,market,platform,creator_id,impressions\n2026-11-01,BR,tiktok,ana,100\n2026-11-02,BR,tiktok,ana,120\n'
);

let context: AppContext;
let admin: Account;
let owner: Account;
let viewer: Account;
let backup: Uint8Array;

/** A request as SvelteKit hands it to a handler, typed for the handler it is passed to. */
function request<Event = RequestEvent>(
	account: Account | null,
	options: { export?: string; body?: Uint8Array; type?: string; as?: string }
): Event {
	if (options.export !== undefined) {
		return requestEvent<Event>(
			account,
			'/campaigns/[id=campaign]/export',
			`/campaigns/${options.export}/export`
		);
	}
	return requestEvent<Event>(
		account,
		'/campaigns/import',
		`/campaigns/import${options.as ? `?as=${options.as}` : ''}`,
		{
			method: 'POST',
			headers: { 'content-type': options.type ?? 'application/octet-stream' },
			body: options.body as BodyInit | undefined
		}
	);
}

beforeAll(async () => {
	context = await appContext();
	admin = createAdmin(context.people);
	saveCampaign(context.db, campaign);
	owner = createMember(context.people, campaign.id, 'campaign_owner', admin);
	viewer = createMember(context.people, campaign.id, 'viewer', admin);
	await context.facts.importFile(campaign, csv, { fileName: 'br.csv' }, 'upload', owner.id);
});

describe('GET /campaigns/[id]/export', () => {
	it('refuses anyone who cannot change the campaign settings', async () => {
		await expect(exportCampaign(request(viewer, { export: 'launch' }))).rejects.toMatchObject({
			status: 403
		});
		await expect(exportCampaign(request(null, { export: 'launch' }))).rejects.toMatchObject({
			status: 401
		});
	});

	it('gives an owner the backup as a download, and records it', async () => {
		const response = await exportCampaign(request(owner, { export: 'launch' }));
		expect(response.headers.get('content-type')).toBe('application/gzip');
		expect(response.headers.get('content-disposition')).toBe(
			'attachment; filename="launch-2026-11-25.parallax.json.gz"'
		);
		backup = new Uint8Array(await response.arrayBuffer());
		const { document } = readBackup(backup);
		expect(document.imports.map((i) => i.file_name)).toEqual(['br.csv']);
		expect(document.memberships.map((m) => [m.person, m.role])).toEqual([
			['owner@example.com', 'campaign_owner'],
			['viewer@example.com', 'viewer']
		]);
		const [entry] = context.people.audit.list({ campaignId: 'launch', itemKind: 'campaign' });
		expect(entry).toMatchObject({ action: 'campaign_exported', accountId: owner.id });
	});
});

describe('POST /campaigns/import', () => {
	it('is for the administrator only', async () => {
		await expect(importCampaign(request(owner, { body: backup }))).rejects.toMatchObject({
			status: 403,
			body: { message: 'Only an administrator can import a campaign.' }
		});
	});

	it('imports the file under another id once, and answers what changed', async () => {
		const response = await importCampaign(request(admin, { body: backup, as: 'launch-copy' }));
		const summary = await response.json();
		expect(summary).toMatchObject({ campaignId: 'launch-copy', created: true, factRows: 2 });
		expect(summary.changed).toMatchObject({ imports: 1, memberships: 2, accounts: 0 });
		const again = await (
			await importCampaign(request(admin, { body: backup, as: 'launch-copy' }))
		).json();
		expect(again.created).toBe(false);
		expect(Object.values(again.changed).every((n) => n === 0)).toBe(true);
	});

	it('answers 409 for another campaign with the same id', async () => {
		saveCampaign(context.db, { ...campaign, id: 'other', name: 'Other' });
		await expect(
			importCampaign(request(admin, { body: backup, as: 'other' }))
		).rejects.toMatchObject({
			status: 409,
			body: {
				message:
					'This install already has another campaign with the id "other" (Other); import the backup under a new id.'
			}
		});
	});

	it('says why a file is refused in the reader’s language', async () => {
		overwriteGetLocale(() => 'es');
		await expect(
			importCampaign(request(admin, { body: new TextEncoder().encode('date,market\n') }))
		).rejects.toMatchObject({
			status: 400,
			body: {
				message: 'Esto no es una copia de seguridad de una campaña de Parallax: no es JSON.'
			}
		});
		overwriteGetLocale(() => 'pt');
		await expect(
			importCampaign(request(admin, { body: backup, as: 'other' }))
		).rejects.toMatchObject({
			status: 409,
			body: {
				message:
					'Esta instalação já tem outra campanha com o identificador "other" (Other); importe a cópia de segurança com um identificador novo.'
			}
		});
	});

	it('answers 400 for a file that is no backup, 415 for a form, 413 over the limit', async () => {
		await expect(
			importCampaign(request(admin, { body: new TextEncoder().encode('date,market\n') }))
		).rejects.toMatchObject({
			status: 400,
			body: { message: 'This is not a Parallax campaign backup: it is not JSON.' }
		});
		await expect(
			importCampaign(request(admin, { body: backup, type: 'multipart/form-data' }))
		).rejects.toMatchObject({ status: 415 });
		await expect(
			importCampaign(request(admin, { body: new Uint8Array(1024 * 1024 + 1) }))
		).rejects.toMatchObject({ status: 413 });
	});
});
