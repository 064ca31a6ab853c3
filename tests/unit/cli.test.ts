import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parallaxCli } from '../support/parallax-cli';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-cli-'));
const fixture = (name: string) => path.join(root, 'tests/fixtures/exports', name);

const parallax = parallaxCli({ PARALLAX_DATA_DIR: dataDir, PARALLAX_NOW: '2026-11-25' });

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('parallax import', () => {
	it('prints one JSON document and nothing else, with what it detected and counted', async () => {
		const result = await parallax(
			'import',
			fixture('google_ads-pt-weekly.csv'),
			'--market',
			'BR',
			'--json'
		);
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout);
		expect(report.detected).toMatchObject({
			encoding: 'utf-8',
			bom: false,
			delimiter: ',',
			decimal: ',',
			header_row: 3,
			platform: 'google_ads',
			date_format: '%Y-%m-%d',
			grain: 'week'
		});
		expect(report.rows).toEqual({ loaded: 4, rejected: 0, summary_skipped: 5, replaced: 0 });
		expect(report.totals.impressions).toBe(52000);
		expect(report.totals.spend).toBe(2800);
		expect(report.mapping.Semana).toBe('date');
	});

	it('lists rejected rows with their physical line, the header as written, the value and the reason', async () => {
		const result = await parallax(
			'import',
			fixture('meta_ads-es-semicolon.csv'),
			'--market',
			'AR',
			'--json'
		);
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout);
		expect(report.detected.delimiter).toBe(';');
		expect(report.rows.rejected).toBe(1);
		expect(report.rejects).toEqual([
			{
				line: 4,
				column: 'Impresiones',
				value: '#¡VALOR!',
				reason: 'not a number',
				code: 'problem_reject_not_a_number'
			}
		]);
	});

	it('prints a readable summary without --json', async () => {
		const result = await parallax('import', fixture('google_ads-pt-weekly.csv'), '--market', 'BR');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('google_ads export');
		expect(result.stdout).toContain('4 loaded, 0 rejected, 5 summary rows skipped');
	});

	it('exits non-zero with a one-line reason when the file cannot be read at all', async () => {
		const missing = await parallax('import', 'no/such/file.csv', '--json');
		expect(missing.code).toBe(1);
		expect(missing.stdout).toBe('');
		expect(missing.stderr.trim().split('\n')).toHaveLength(1);
		expect(missing.stderr).toContain('no/such/file.csv: no such file');

		const noMarket = await parallax('import', fixture('google_ads-pt-weekly.csv'), '--json');
		expect(noMarket.code).toBe(1);
		expect(noMarket.stderr).toMatch(/has no market column.*--market CODE/);

		const conflict = await parallax(
			'import',
			fixture('meta_ads-pt.csv'),
			'--market',
			'BR',
			'--currency',
			'USD',
			'--json'
		);
		expect(conflict.code).toBe(1);
		expect(conflict.stderr).toContain('USD');
		expect(conflict.stderr).toContain('BRL');
	});

	it('refuses bad arguments with the usage', async () => {
		const result = await parallax('import', fixture('meta_ads-pt.csv'), '--market', 'Brazil');
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--market expects a two-letter code');
		expect(result.stderr).toContain('usage:');
	});

	it('stores an import in a campaign, which `facts` then shows; importing it again changes nothing', async () => {
		const before = JSON.parse((await parallax('facts', '--campaign', 'sample', '--json')).stdout);
		expect(before.campaign.id).toBe('sample');
		expect(before.as_of).toBe('2026-11-22');
		expect(before.rows).toBeGreaterThan(1000);

		const foreign = await parallax(
			'import',
			fixture('google_ads-pt-weekly.csv'),
			'--campaign',
			'sample',
			'--market',
			'CL'
		);
		expect(foreign.code).toBe(1);
		expect(foreign.stderr).toMatch(/market CL is not one of the campaign's markets/);

		const stored = await parallax(
			'import',
			fixture('google_ads-pt-weekly.csv'),
			'--campaign',
			'sample',
			'--market',
			'BR',
			'--json'
		);
		expect(stored.code).toBe(0);
		expect(JSON.parse(stored.stdout).rows.loaded).toBe(4);

		const after = JSON.parse((await parallax('facts', '--campaign', 'sample', '--json')).stdout);
		expect(after.rows).toBe(before.rows + 4);
		expect(after.imports.at(-1)).toMatchObject({ file: 'google_ads-pt-weekly.csv', source: 'cli' });
		const google = after.groups.find(
			(g: { market: string; platform: string }) => g.market === 'BR' && g.platform === 'google_ads'
		);
		expect(google).toMatchObject({ rows: 4, totals: { impressions: 52000, spend: 2800 } });

		await parallax(
			'import',
			fixture('google_ads-pt-weekly.csv'),
			'--campaign',
			'sample',
			'--market',
			'BR',
			'--json'
		);
		const again = JSON.parse((await parallax('facts', '--campaign', 'sample', '--json')).stdout);
		expect(again.rows).toBe(after.rows);
		expect(again.imports).toHaveLength(after.imports.length);
	});

	it("takes --as-of as the clock for the campaign's as-of day", async () => {
		const result = JSON.parse(
			(await parallax('facts', '--campaign', 'sample', '--as-of', '2026-11-10', '--json')).stdout
		);
		expect(result.as_of).toBe('2026-11-10');
	});
});
