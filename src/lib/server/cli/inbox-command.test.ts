import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { metaExport } from '../inbox/meta-export-fixture';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-cli-inbox-'));
const inbox = path.join(dataDir, 'campaigns', 'sample', 'inbox');

/** Runs `parallax` as cron would, with its own data directory. */
async function parallax(...args: string[]) {
	const { stdout } = await run(process.execPath, [path.join(root, 'bin/parallax.js'), ...args], {
		cwd: root,
		env: { ...process.env, PARALLAX_DATA_DIR: dataDir, PARALLAX_INBOX_POLL_MS: '100' }
	});
	return stdout;
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('parallax inbox', () => {
	it('imports the decided files of a campaign inbox once and names the ones left waiting', async () => {
		await parallax(
			'import',
			path.join(root, 'tests/fixtures/exports/meta_ads-en.csv'),
			'--campaign',
			'sample'
		);
		const meta = metaExport(5, ['US', 'MX'], 2);
		fs.mkdirSync(inbox, { recursive: true });
		fs.writeFileSync(path.join(inbox, 'meta.csv'), meta.text);
		fs.copyFileSync(
			path.join(root, 'tests/fixtures/exports/google_ads-en.csv'),
			path.join(inbox, 'google.csv')
		);
		fs.writeFileSync(path.join(inbox, 'later.csv.part'), meta.text.slice(0, 100));

		const outcomes = JSON.parse(await parallax('inbox', '--campaign', 'sample', '--json'));
		expect(outcomes).toEqual([
			{
				campaign: 'sample',
				file: 'google.csv',
				status: 'waiting',
				note: 'no confirmed mapping for Google Ads exports yet: import one file of this kind from the Data page first',
				problem: { code: 'problem_inbox_no_confirmed_mapping', params: { platform: 'Google Ads' } }
			},
			expect.objectContaining({
				campaign: 'sample',
				file: 'meta.csv',
				status: 'imported',
				importId: expect.any(Number),
				report: expect.objectContaining({
					rows: { loaded: meta.loaded, rejected: 1, summary_skipped: 0, replaced: 0 }
				})
			})
		]);
		expect(fs.readdirSync(inbox).sort()).toEqual([
			'.waiting.json',
			'google.csv',
			'imported',
			'later.csv.part'
		]);

		expect(await parallax('inbox', '--campaign', 'sample')).toBe(
			'waiting google.csv: no confirmed mapping for Google Ads exports yet: import one file of this kind from the Data page first\n'
		);
	}, 180_000);
});
