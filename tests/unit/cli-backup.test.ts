import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-cli-backup-'));
const origin = path.join(work, 'origin');
const fresh = path.join(work, 'fresh');
const noSample = path.join(work, 'no-sample');
const backup = path.join(work, 'sample.parallax.json.gz');
fs.mkdirSync(noSample);

/** Runs `parallax` as a user would (the package's bin), on a data directory of its own. */
async function parallax(dataDir: string, ...args: string[]) {
	// The second install starts without the shipped sample, as a new install of a real campaign.
	const sampleDir = dataDir === origin ? {} : { PARALLAX_SAMPLE_DIR: noSample };
	try {
		const { stdout, stderr } = await run(
			process.execPath,
			[path.join(root, 'bin/parallax.js'), ...args],
			{
				cwd: root,
				env: {
					...process.env,
					PARALLAX_DATA_DIR: dataDir,
					PARALLAX_NOW: '2026-11-25',
					...sampleDir
				},
				maxBuffer: 64 * 1024 * 1024
			}
		);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('parallax export and import-campaign', () => {
	it('moves a campaign to a fresh data directory with the same facts, once', async () => {
		const exported = await parallax(origin, 'export', '--campaign', 'sample', backup);
		expect(exported.code).toBe(0);
		expect(exported.stdout).toMatch(
			/^wrote campaign sample to .*sample\.parallax\.json\.gz \(\d+ KB\): 5 imports, 2 definition versions, 0 metrics, 8 annotations, 8 members\n$/
		);
		const first = await parallax(fresh, 'import-campaign', backup, '--json');
		expect(first.code).toBe(0);
		const summary = JSON.parse(first.stdout);
		expect(summary).toMatchObject({ campaignId: 'sample', created: true });
		expect(summary.changed).toMatchObject({ imports: 5, definitionVersions: 2, annotations: 8 });

		const [there, here] = await Promise.all([
			parallax(origin, 'facts', '--campaign', 'sample', '--json'),
			parallax(fresh, 'facts', '--campaign', 'sample', '--json')
		]);
		const facts = (text: string) => {
			const { rows, dates, groups } = JSON.parse(text);
			return { rows, dates, groups };
		};
		expect(facts(here.stdout)).toEqual(facts(there.stdout));
		expect(summary.factRows).toBe(facts(there.stdout).rows);

		const again = await parallax(fresh, 'import-campaign', backup);
		expect(again.code).toBe(0);
		expect(again.stdout).toContain(
			`campaign sample already holds everything in ${backup}; nothing changed`
		);
	}, 180_000);

	it('refuses to merge into another campaign with the same id, and says how to go on', async () => {
		const document = JSON.parse(gunzipSync(fs.readFileSync(backup)).toString('utf8'));
		document.campaign.settings.id = 'launch';
		document.campaign.created_at = '2026-01-01T00:00:00.000Z';
		const other = path.join(work, 'launch.parallax.json.gz');
		fs.writeFileSync(other, gzipSync(JSON.stringify(document)));
		const result = await parallax(fresh, 'import-campaign', other, '--as', 'sample');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(
			'this install already has another campaign with the id "sample" (Brisa Sparkling — Americas creator launch); import the backup under a new id with --as NEW_ID'
		);
	}, 60_000);

	it('refuses a damaged file before it opens the data directory', async () => {
		const damaged = path.join(work, 'damaged.parallax.json.gz');
		fs.writeFileSync(damaged, fs.readFileSync(backup).subarray(0, 1000));
		const untouched = path.join(work, 'untouched');
		const result = await parallax(untouched, 'import-campaign', damaged);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(
			`parallax: ${damaged}: the backup cannot be decompressed: it is damaged\n`
		);
		expect(fs.existsSync(untouched)).toBe(false);
	}, 60_000);

	it('asks for the campaign to export', async () => {
		const result = await parallax(origin, 'export', backup);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('give the campaign: --campaign ID');
	}, 60_000);
});
