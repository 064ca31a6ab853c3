import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '$lib/domain/campaign';
import { closeDatabase, openDatabase, type Db } from './database';
import { saveCampaign } from './campaign-store';
import { FactsService } from './facts-service';
import { findImport, listActiveImports, listImports } from './import-store';

const csv = (text: string) => new TextEncoder().encode(text);
const header = 'date,market,platform,creator_id,impressions,likes,spend,reach\n';

/** Days 1–3 in two markets. */
const a = csv(
	header +
		'2026-11-01,BR,tiktok,ana,100,10,10,90\n' +
		'2026-11-02,BR,tiktok,ana,200,20,20,150\n' +
		'2026-11-03,BR,tiktok,ana,300,30,30,250\n' +
		'2026-11-01,MX,tiktok,luis,50,5,5,40\n' +
		'2026-11-02,MX,tiktok,luis,60,6,6,50\n' +
		'2026-11-03,MX,tiktok,luis,70,7,7,60\n'
);
/** Restates day 2 in Brazil and adds day 4. */
const b = csv(
	header + '2026-11-02,BR,tiktok,ana,999,99,99,900\n' + '2026-11-04,BR,tiktok,ana,400,40,40,380\n'
);
/** Restates day 4 again, over b. */
const c = csv(header + '2026-11-04,BR,tiktok,ana,444,44,44,420\n');

let dataDir: string;
let db: Db;
let facts: FactsService;
let campaignCount = 0;

beforeAll(() => {
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-undo-'));
	db = openDatabase(dataDir);
	db.prepare(
		`INSERT INTO account (id, email, name, password_hash, created_at) VALUES (?, ?, ?, '!', ?)`
	).run('owner', 'owner@example.com', 'Olga Owner', '2026-11-01T00:00:00.000Z');
	facts = new FactsService(db, dataDir);
});
afterAll(() => {
	closeDatabase(dataDir);
	fs.rmSync(dataDir, { recursive: true, force: true });
});

/** A fresh campaign per test: the tests share one engine. */
function newCampaign(): Campaign {
	const id = `undo-${++campaignCount}`;
	const campaign: Campaign = {
		id,
		name: id,
		reportingCurrency: 'USD',
		markets: [
			{
				code: 'BR',
				name: 'Brazil',
				currency: 'BRL',
				timeZone: 'America/Sao_Paulo',
				locale: 'pt-BR'
			},
			{
				code: 'MX',
				name: 'Mexico',
				currency: 'MXN',
				timeZone: 'America/Mexico_City',
				locale: 'es-MX'
			}
		],
		budgets: {},
		phases: []
	};
	saveCampaign(db, campaign);
	return campaign;
}

/**
 * Every column of every row, in a stable order. The extras list is compared as text, and the
 * merge key as a double, the type it has once the facts come back from the Arrow cache.
 */
function rows(campaignId: string, service = facts) {
	return service.queryFacts(
		campaignId,
		(t) =>
			`SELECT * REPLACE (extras::VARCHAR AS extras, _key::DOUBLE AS _key)
			FROM ${t} ORDER BY date, market, creator_id`
	);
}

async function load(campaign: Campaign, bytes: Uint8Array, fileName: string): Promise<number> {
	const { importId } = await facts.importFile(campaign, bytes, { fileName }, 'upload', 'owner');
	expect(importId).not.toBeNull();
	return importId!;
}

describe('undoing an import', () => {
	it('takes its rows out and brings back the rows it replaced; redoing puts it back', async () => {
		const campaign = newCampaign();
		await load(campaign, a, 'a.csv');
		const afterA = await rows(campaign.id);
		const idB = await load(campaign, b, 'b.csv');
		const afterB = await rows(campaign.id);
		expect(afterB).not.toEqual(afterA);
		expect(afterB).toHaveLength(7);

		const undone = await facts.undoImport(
			campaign.id,
			idB,
			'owner',
			new Date('2026-11-20T10:00:00Z')
		);
		expect(undone).toMatchObject({
			changed: true,
			entry: { id: idB, undoneAt: '2026-11-20T10:00:00.000Z', undoneBy: 'owner' }
		});
		const afterUndo = await rows(campaign.id);
		expect(afterUndo).toEqual(afterA);
		expect(afterUndo.find((r) => r.date === '2026-11-02' && r.market === 'BR')).toMatchObject({
			impressions: 200,
			reach: 150
		});

		const redone = await facts.redoImport(campaign.id, idB);
		expect(redone).toMatchObject({ changed: true, entry: { undoneAt: null, undoneBy: null } });
		expect(await rows(campaign.id)).toEqual(afterB);
	});

	it('undoes an import that is not the last one, and a later import still wins after a redo', async () => {
		const campaign = newCampaign();
		await load(campaign, a, 'a.csv');
		const idB = await load(campaign, b, 'b.csv');
		const afterAll3 = await (async () => {
			await load(campaign, c, 'c.csv');
			return rows(campaign.id);
		})();

		await facts.undoImport(campaign.id, idB, 'owner');
		const withoutB = await rows(campaign.id);
		const day = (list: typeof withoutB, date: string) =>
			list.find((r) => r.date === date && r.market === 'BR');
		expect(day(withoutB, '2026-11-02')).toMatchObject({ impressions: 200 });
		expect(day(withoutB, '2026-11-04')).toMatchObject({ impressions: 444 });

		await facts.redoImport(campaign.id, idB);
		const redone = await rows(campaign.id);
		expect(redone).toEqual(afterAll3);
		expect(day(redone, '2026-11-04')).toMatchObject({ impressions: 444 });
	});

	it('serves the undone facts as Arrow and keeps them after a restart', async () => {
		const campaign = newCampaign();
		await load(campaign, a, 'a.csv');
		const afterA = await rows(campaign.id);
		const idB = await load(campaign, b, 'b.csv');
		await facts.undoImport(campaign.id, idB, 'owner');

		const { tableFromIPC } = await import('apache-arrow');
		expect(tableFromIPC(await facts.factsArrow(campaign.id)).numRows).toBe(afterA.length);

		const restarted = new FactsService(db, dataDir);
		expect(await rows(campaign.id, restarted)).toEqual(afterA);
		fs.rmSync(path.join(dataDir, 'facts', `${campaign.id}.arrow`));
		const rebuilt = new FactsService(db, dataDir);
		expect(await rows(campaign.id, rebuilt)).toEqual(afterA);
	});

	it('leaves no rows when the only import is undone', async () => {
		const campaign = newCampaign();
		const idA = await load(campaign, a, 'a.csv');
		await facts.undoImport(campaign.id, idA, null);
		expect(await rows(campaign.id)).toEqual([]);
		expect(findImport(db, campaign.id, idA)).toMatchObject({ undoneBy: null });
		expect(findImport(db, campaign.id, idA)?.undoneAt).not.toBeNull();
	});

	it('reports no change when undoing twice, and null for an import of another campaign', async () => {
		const campaign = newCampaign();
		const other = newCampaign();
		await load(campaign, a, 'a.csv');
		const idB = await load(campaign, b, 'b.csv');
		const otherId = await load(other, c, 'c.csv');
		await facts.undoImport(campaign.id, idB, 'owner');
		const before = await rows(campaign.id);
		expect(await facts.undoImport(campaign.id, idB, 'owner')).toMatchObject({ changed: false });
		expect(await facts.redoImport(campaign.id, otherId)).toBeNull();
		expect(await facts.undoImport(campaign.id, otherId, 'owner')).toBeNull();
		expect(await rows(campaign.id)).toEqual(before);
		expect(listActiveImports(db, other.id).map((i) => i.id)).toEqual([otherId]);
	});

	it('keeps the import and the facts as they were when the rebuild fails', async () => {
		const campaign = newCampaign();
		const lost = csv(header + '2026-11-05,MX,tiktok,luis,1,1,1,1\n');
		const idLost = await load(campaign, lost, 'lost.csv');
		const idB = await load(campaign, b, 'b.csv');
		const before = await rows(campaign.id);
		const [stored] = listImports(db, campaign.id).filter((i) => i.id === idLost);
		fs.rmSync(path.join(dataDir, 'files', stored!.contentHash));

		await expect(facts.undoImport(campaign.id, idB, 'owner')).rejects.toThrow();
		expect(findImport(db, campaign.id, idB)?.undoneAt).toBeNull();
		expect(await rows(campaign.id)).toEqual(before);
	});

	it('cannot interleave with an import: both queued at once leave the facts of both in order', async () => {
		const campaign = newCampaign();
		await load(campaign, a, 'a.csv');
		const idB = await load(campaign, b, 'b.csv');
		const [, imported] = await Promise.all([
			facts.undoImport(campaign.id, idB, 'owner'),
			facts.importFile(campaign, c, { fileName: 'c.csv' }, 'upload', 'owner')
		]);
		const final = await rows(campaign.id);
		expect(imported.importId).not.toBeNull();
		expect(final.map((r) => [r.date, r.market, r.impressions])).toEqual([
			['2026-11-01', 'BR', 100],
			['2026-11-01', 'MX', 50],
			['2026-11-02', 'BR', 200],
			['2026-11-02', 'MX', 60],
			['2026-11-03', 'BR', 300],
			['2026-11-03', 'MX', 70],
			['2026-11-04', 'BR', 444]
		]);
	});
});

describe('importing a file again after its import was undone', () => {
	it('imports it anew as the latest import rather than calling it a duplicate', async () => {
		const campaign = newCampaign();
		await load(campaign, a, 'a.csv');
		const idB = await load(campaign, b, 'b.csv');
		const afterB = await rows(campaign.id);
		await facts.undoImport(campaign.id, idB, 'owner');

		const again = await facts.importFile(campaign, b, { fileName: 'b.csv' }, 'upload', 'owner');
		expect(again.importId).not.toBeNull();
		expect(again.importId).not.toBe(idB);
		expect(again.report.rows.replaced).toBe(1);
		const facts2 = await rows(campaign.id);
		expect(facts2.map(({ import_id: _, ...rest }) => rest)).toEqual(
			afterB.map(({ import_id: _, ...rest }) => rest)
		);
		expect(listImports(db, campaign.id).map((i) => [i.id, i.undoneAt === null])).toEqual([
			[expect.any(Number), true],
			[idB, false],
			[again.importId, true]
		]);
	});

	it('still refuses the same file twice while its import counts', async () => {
		const campaign = newCampaign();
		await load(campaign, a, 'a.csv');
		const again = await facts.importFile(campaign, a, { fileName: 'a.csv' }, 'upload', 'owner');
		expect(again.importId).toBeNull();
	});
});
