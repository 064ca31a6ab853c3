import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '$lib/domain/campaign';
import { appContext, type AppContext } from '../app-context';
import { findCampaign } from '../campaign-store';
import { serverConfig } from '../config';
import { closeDatabase } from '../database';
import { listImports } from '../import-store';
import { SAMPLE_CAMPAIGN_ID } from '../sample-campaign';
import { inboxDir, readInboxNotice } from './inbox-folder';
import { startInboxPoller, type InboxPoller } from './inbox-poller';
import { metaExport } from './meta-export-fixture';

const root = path.resolve(import.meta.dirname, '../../../..');
const fixture = (name: string) =>
	new Uint8Array(fs.readFileSync(path.join(root, 'tests/fixtures/exports', name)));

let dataDir: string;
let inbox: string;
let context: AppContext;
let campaign: Campaign;
let poller: InboxPoller;
let confirmedMeta: number | null;

const inboxImports = (file: string) =>
	listImports(context.db, SAMPLE_CAMPAIGN_ID).filter((i) => i.fileName === `inbox/${file}`);

/** Lets the poller scan until `done` holds, at most `scans` times; no fixed sleeps. */
async function scanUntil(done: () => boolean, scans = 20): Promise<void> {
	for (let i = 0; i < scans && !done(); i++) await poller.afterScans(1);
}

beforeAll(async () => {
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-inbox-'));
	context = await appContext(
		serverConfig({
			PARALLAX_DATA_DIR: dataDir,
			PARALLAX_SAMPLE_DIR: path.join(root, 'data/sample'),
			PARALLAX_INBOX_POLL_MS: '50'
		})
	);
	campaign = findCampaign(context.db, SAMPLE_CAMPAIGN_ID)!;
	// A person confirms how Meta exports read, with one correction in the mapping editor.
	({ importId: confirmedMeta } = await context.facts.importFile(
		campaign,
		fixture('meta_ads-en.csv'),
		{ fileName: 'meta_ads-en.csv', mapping: { 'Ad set name': 'variant' } },
		'upload'
	));
	inbox = inboxDir(dataDir, SAMPLE_CAMPAIGN_ID);
	poller = startInboxPoller(context)!;
});

afterAll(async () => {
	await poller?.stop();
	closeDatabase(dataDir);
	fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the inbox poller', () => {
	it('runs once per data directory and not at all with an interval of 0', () => {
		expect(startInboxPoller(context)).toBe(poller);
		expect(startInboxPoller(context, 0)).toBeNull();
	});

	it('imports a file written slowly in parts once, whole, after its rename', async () => {
		const meta = metaExport(30, ['US', 'MX'], 3);
		const bytes = Buffer.from(meta.text);
		const before = listImports(context.db, SAMPLE_CAMPAIGN_ID).length;
		const part = path.join(inbox, 'x.csv.part');
		const chunks = 5;
		const size = Math.ceil(bytes.length / chunks);
		for (let i = 0; i < chunks; i++) {
			fs.appendFileSync(part, bytes.subarray(i * size, (i + 1) * size));
			// Two whole scans (each at least one poll interval apart) between two writes.
			await poller.afterScans(2);
			expect(listImports(context.db, SAMPLE_CAMPAIGN_ID)).toHaveLength(before);
			// A partial file is not even looked at: no note, no move.
			expect(readInboxNotice(dataDir, SAMPLE_CAMPAIGN_ID).waiting).toEqual([]);
		}
		expect(fs.readFileSync(part)).toEqual(bytes);

		fs.renameSync(part, path.join(inbox, 'x.csv'));
		await scanUntil(() => inboxImports('x.csv').length > 0);

		const imported = inboxImports('x.csv');
		expect(imported).toHaveLength(1);
		const [entry] = imported;
		expect(entry!.source).toBe('inbox');
		expect(entry!.byteSize).toBe(bytes.length);
		expect(entry!.report.rows).toMatchObject({ loaded: meta.loaded, rejected: 1 });
		expect(entry!.report.rejects).toEqual([
			expect.objectContaining({ line: meta.rejectedLine, column: 'Impressions', value: 'twelve' })
		]);
		// The confirmed mapping, not detection alone: Ad set name fills the variant.
		expect(entry!.options.mapping).toEqual({ 'Ad set name': 'variant' });
		const [facts] = await context.facts.queryFacts<{
			rows: number;
			impressions: number;
			variants: number;
		}>(
			SAMPLE_CAMPAIGN_ID,
			(t) =>
				`SELECT count(*)::INTEGER AS rows, sum(impressions)::DOUBLE AS impressions,
				count(DISTINCT variant)::INTEGER AS variants FROM ${t} WHERE import_id = ${entry!.id}`
		);
		expect(facts).toEqual({ rows: meta.loaded, impressions: meta.impressions, variants: 6 });

		const audit = context.db
			.prepare(
				`SELECT account_id, detail FROM audit WHERE action = 'import_created' AND item_id = ?`
			)
			.all(String(entry!.id)) as { account_id: string | null; detail: string }[];
		expect(audit).toHaveLength(1);
		expect(audit[0]!.account_id).toBeNull();
		expect(JSON.parse(audit[0]!.detail)).toMatchObject({
			file: 'inbox/x.csv',
			mappingFrom: confirmedMeta
		});

		expect(fs.existsSync(path.join(inbox, 'x.csv'))).toBe(false);
		const moved = fs.readdirSync(path.join(inbox, 'imported'));
		expect(moved).toEqual([expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d-]+Z-x\.csv$/)]);
		expect(fs.readFileSync(path.join(inbox, 'imported', moved[0]!))).toEqual(bytes);

		await poller.afterScans(4);
		expect(inboxImports('x.csv')).toHaveLength(1);
		expect(listImports(context.db, SAMPLE_CAMPAIGN_ID)).toHaveLength(before + 1);
	});

	it('leaves a file it cannot decide waiting with a note, and imports it once it can', async () => {
		const tiktok = fixture('tiktok_ads-en-ads-manager.csv');
		fs.writeFileSync(path.join(inbox, 'tiktok.csv.tmp'), tiktok);
		fs.renameSync(path.join(inbox, 'tiktok.csv.tmp'), path.join(inbox, 'tiktok.csv'));
		const note = () => readInboxNotice(dataDir, SAMPLE_CAMPAIGN_ID).waiting[0]?.note;
		await scanUntil(() => note() !== undefined);
		expect(readInboxNotice(dataDir, SAMPLE_CAMPAIGN_ID).waiting).toEqual([
			{
				file: 'tiktok.csv',
				note: 'no confirmed mapping for TikTok exports yet: import one file of this kind from the Data page first',
				problem: { code: 'problem_inbox_no_confirmed_mapping', params: { platform: 'TikTok' } },
				since: expect.any(String)
			}
		]);
		await poller.afterScans(3);
		expect(inboxImports('tiktok.csv')).toHaveLength(0);
		expect(fs.existsSync(path.join(inbox, 'tiktok.csv'))).toBe(true);

		// Someone imports one TikTok export by hand, for the US: the mapping is now confirmed,
		// but this file names no market, and the campaign has five.
		await context.facts.importFile(
			campaign,
			tiktok,
			{ fileName: 'tiktok_ads-en-ads-manager.csv', market: 'US' },
			'upload'
		);
		await scanUntil(() => note()?.startsWith('market unknown') === true);
		expect(note()).toBe(
			'market unknown: the file has no market column; name it <market>__tiktok.csv, such as US__tiktok.csv'
		);
		expect(inboxImports('tiktok.csv')).toHaveLength(0);

		fs.renameSync(path.join(inbox, 'tiktok.csv'), path.join(inbox, 'US__tiktok.csv'));
		await scanUntil(() => inboxImports('US__tiktok.csv').length > 0);
		const [entry] = inboxImports('US__tiktok.csv');
		expect(entry!.options.market).toBe('US');
		expect(entry!.report.rows).toMatchObject({ loaded: 4, replaced: 4 });
		expect(readInboxNotice(dataDir, SAMPLE_CAMPAIGN_ID).waiting).toEqual([]);
	});

	it('moves a file that cannot be imported at all to failed/, with the reason beside it', async () => {
		const header = fs.readFileSync(
			path.join(root, 'tests/fixtures/exports/meta_ads-en.csv'),
			'utf8'
		);
		const broken = header
			.split('\n')
			.map((line, index) => (index === 0 ? line : line.replaceAll('2026-03-0', 'soon ')))
			.join('\n');
		fs.writeFileSync(path.join(inbox, 'broken.csv'), broken);
		await scanUntil(() => readInboxNotice(dataDir, SAMPLE_CAMPAIGN_ID).failed.length > 0);

		const [failed] = readInboxNotice(dataDir, SAMPLE_CAMPAIGN_ID).failed;
		expect(failed!.file).toMatch(/-broken\.csv$/);
		expect(failed!.reason).toBe(
			'inbox/broken.csv: column "Day" holds no date that can be read; give the days the file covers, or the column holding each row\'s date (--period FROM..TO or --date-column HEADER)'
		);
		expect(failed!.problem).toEqual({
			code: 'problem_import_ask_dates_unreadable',
			params: { file: 'inbox/broken.csv', column: 'Day' }
		});
		expect(fs.existsSync(path.join(inbox, 'failed', failed!.file))).toBe(true);
		expect(fs.existsSync(path.join(inbox, 'broken.csv'))).toBe(false);
		expect(inboxImports('broken.csv')).toHaveLength(0);
	});
});
