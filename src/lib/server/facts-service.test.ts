import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '$lib/domain/campaign';
import { ImportError } from '$lib/ingest/import-options';
import { closeDatabase, openDatabase, type Db } from './database';
import { saveCampaign } from './campaign-store';
import { FactsService } from './facts-service';
import { contentHash, listImports } from './import-store';

const campaign: Campaign = {
	id: 'test',
	name: 'Test campaign',
	reportingCurrency: 'USD',
	markets: [
		{ code: 'BR', name: 'Brazil', currency: 'BRL', timeZone: 'America/Sao_Paulo', locale: 'pt-BR' },
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

const csv = (text: string) => new TextEncoder().encode(text);
const header = 'date,market,platform,creator_id,impressions,spend\n';
const first = csv(
	`${header}2026-11-02,BR,tiktok,ana,100,10\n2026-11-03,BR,tiktok,ana,200,20\n2026-11-03,MX,tiktok,luis,50,5\n`
);

const dirs: string[] = [];
let dataDir: string;
let db: Db;
let facts: FactsService;

function fresh() {
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-facts-'));
	dirs.push(dataDir);
	db = openDatabase(dataDir);
	saveCampaign(db, campaign);
	facts = new FactsService(db, dataDir);
}

async function totals(service = facts) {
	const [row] = await service.queryFacts<{ rows: number; impressions: number; spend: number }>(
		'test',
		(t) =>
			`SELECT count(*)::INTEGER AS rows, sum(impressions)::DOUBLE AS impressions, sum(spend)::DOUBLE AS spend FROM ${t}`
	);
	return row;
}

beforeEach(fresh);
afterAll(() => {
	for (const dir of dirs) {
		closeDatabase(dir);
		fs.rmSync(dir, { recursive: true, force: true });
	}
});

describe('FactsService', () => {
	it('stores an import with its original bytes, its options and its counts', async () => {
		const { report, importId } = await facts.importFile(
			campaign,
			first,
			{ fileName: 'first.csv' },
			'cli'
		);
		expect(importId).toBeGreaterThan(0);
		expect(report.rows).toEqual({ loaded: 3, rejected: 0, summary_skipped: 0, replaced: 0 });
		const [stored] = listImports(db, 'test');
		expect(stored).toMatchObject({
			fileName: 'first.csv',
			contentHash: contentHash(first),
			byteSize: first.length,
			source: 'cli'
		});
		expect(
			new Uint8Array(fs.readFileSync(path.join(dataDir, 'files', stored!.contentHash)))
		).toEqual(first);
		expect(await totals()).toEqual({ rows: 3, impressions: 350, spend: 35 });
	});

	it('changes nothing when the same file is imported again', async () => {
		await facts.importFile(campaign, first, { fileName: 'first.csv' }, 'upload');
		const again = await facts.importFile(campaign, first, { fileName: 'first.csv' }, 'upload');
		expect(again.importId).toBeNull();
		expect(again.report.rows.replaced).toBe(3);
		expect(listImports(db, 'test')).toHaveLength(1);
		expect(await totals()).toEqual({ rows: 3, impressions: 350, spend: 35 });
	});

	it('knows the same file and options again whatever order or case the options come in', async () => {
		const weekly = csv(`Semana,Impr.\n2026-06-29,1000\n`);
		await facts.importFile(campaign, weekly, { fileName: 'w.csv', market: 'BR' }, 'cli');
		const again = await facts.importFile(
			campaign,
			weekly,
			{ market: 'br', date: undefined, fileName: 'w.csv' },
			'upload'
		);
		expect(again.importId).toBeNull();
		expect(listImports(db, 'test')).toHaveLength(1);
	});

	it('replaces the rows a later import restates and reports how many', async () => {
		await facts.importFile(campaign, first, { fileName: 'first.csv' }, 'upload');
		const restated = csv(
			`${header}2026-11-03,BR,tiktok,ana,250,25\n2026-11-04,BR,tiktok,ana,300,30\n`
		);
		const { report } = await facts.importFile(
			campaign,
			restated,
			{ fileName: 'restated.csv' },
			'upload'
		);
		expect(report.rows.replaced).toBe(1);
		expect(await totals()).toEqual({
			rows: 4,
			impressions: 100 + 250 + 50 + 300,
			spend: 10 + 25 + 5 + 30
		});
	});

	it('adds up two files that cover different parts of one week', async () => {
		const week = (range: string, impressions: number) =>
			csv(
				`Relatório de campanha\n${range}\nSemana,Campanha,Impr.,Custo\n2026-06-29,Verão,${impressions},"10,00"\n`
			);
		await facts.importFile(
			campaign,
			week('1 de junho de 2026 - 30 de junho de 2026', 1000),
			{ fileName: 'jun.csv', market: 'BR' },
			'upload'
		);
		const july = await facts.importFile(
			campaign,
			week('1 de julho de 2026 - 31 de julho de 2026', 4000),
			{ fileName: 'jul.csv', market: 'BR' },
			'upload'
		);
		expect(july.report.rows.replaced).toBe(0);
		const periods = await facts.queryFacts<{
			period_start: string;
			period_end: string;
			impressions: number;
		}>(
			'test',
			(t) =>
				`SELECT period_start::VARCHAR AS period_start, period_end::VARCHAR AS period_end, impressions FROM ${t} ORDER BY period_start`
		);
		expect(periods).toEqual([
			{ period_start: '2026-06-29', period_end: '2026-06-30', impressions: 1000 },
			{ period_start: '2026-07-01', period_end: '2026-07-05', impressions: 4000 }
		]);
	});

	it('leaves the previous data untouched when a file cannot be read', async () => {
		await facts.importFile(campaign, first, { fileName: 'first.csv' }, 'upload');
		const noDate = csv('market,impressions\nBR,5\n');
		await expect(
			facts.importFile(campaign, noDate, { fileName: 'no-date.csv' }, 'upload')
		).rejects.toBeInstanceOf(ImportError);
		expect(listImports(db, 'test')).toHaveLength(1);
		expect(await totals()).toEqual({ rows: 3, impressions: 350, spend: 35 });
	});

	it('rolls back the rows when recording the import fails midway, so nothing half-loads', async () => {
		await facts.importFile(campaign, first, { fileName: 'first.csv' }, 'upload');
		db.exec(
			`CREATE TRIGGER refuse BEFORE INSERT ON import BEGIN SELECT RAISE(ABORT, 'disk full'); END`
		);
		const more = csv(`${header}2026-11-05,MX,tiktok,luis,999,99\n`);
		await expect(
			facts.importFile(campaign, more, { fileName: 'more.csv' }, 'upload')
		).rejects.toThrow('disk full');
		db.exec('DROP TRIGGER refuse');
		expect(listImports(db, 'test')).toHaveLength(1);
		expect(await totals()).toEqual({ rows: 3, impressions: 350, spend: 35 });
	});

	it('rebuilds the same facts from the stored imports when the cache is gone', async () => {
		await facts.importFile(campaign, first, { fileName: 'first.csv' }, 'upload');
		await facts.importFile(
			campaign,
			csv(`${header}2026-11-03,BR,tiktok,ana,250,25\n`),
			{ fileName: 'b.csv' },
			'upload'
		);
		const before = await totals();
		fs.rmSync(path.join(dataDir, 'facts'), { recursive: true });
		const restarted = new FactsService(db, dataDir);
		expect(await totals(restarted)).toEqual(before);
		expect(fs.existsSync(path.join(dataDir, 'facts', 'test.arrow'))).toBe(true);
	});

	it('serves the facts as an Arrow IPC stream', async () => {
		await facts.importFile(campaign, first, { fileName: 'first.csv' }, 'upload');
		const ipc = await facts.factsArrow('test');
		const { tableFromIPC } = await import('apache-arrow');
		const table = tableFromIPC(ipc);
		expect(table.numRows).toBe(3);
		expect(table.schema.fields.map((f) => f.name)).toContain('impressions');
		expect(table.schema.fields.map((f) => f.name)).not.toContain('extras');
	});
});
