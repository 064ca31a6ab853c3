import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parallaxCli } from '../support/parallax-cli';
import { realDataFolder } from '../real/reference-outcomes';
import { chooseFile, undoOrRedo } from './data-page';
import { watchErrors } from './helpers';

/**
 * A real Google Ads download nobody here wrote: campaign totals with no date column and no
 * period line; its period is only in its name.
 */
const FILE = join(
	realDataFolder(),
	'google_ads_ptbr_imnotlopes/Dados do Google/Campanhas(2026.05.05-2026.05.24).csv'
);
const PERIOD = '2026-05-05..2026-05-24';
const parallax = parallaxCli({});

test('a file without a readable date is previewed with a question; the answer imports it as the command line does', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/campaigns/sample/data');
	const upload = { name: basename(FILE), mimeType: 'text/csv', buffer: readFileSync(FILE) };
	const question = page.getByRole('region', { name: 'Question about the file' });
	await chooseFile(page, upload, question);
	await page.getByRole('combobox', { name: 'Market for every row' }).first().selectOption('BR');

	await expect(question).toContainText('none of its 6 columns holds dates');
	await expect(question.getByLabel('Period from')).toHaveValue('2026-05-05');
	await expect(question.getByLabel('to', { exact: true })).toHaveValue('2026-05-24');
	const guessed = question.getByRole('table', {
		name: 'First rows, as the best guess reads them'
	});
	await expect(guessed.getByRole('row')).toHaveCount(4);
	await expect(guessed.getByRole('row').nth(1)).toContainText('R$ 236,86');
	await expect(guessed.getByRole('row').nth(1)).toContainText('236.86');
	await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);

	await question.getByRole('button', { name: 'Read it this way' }).click();
	await expect(page.getByTestId('import-answers')).toContainText(`--period ${PERIOD}`);
	await expect(page.getByTestId('import-counts')).toContainText('3 rows to load');
	const report = page.getByRole('region', { name: 'Import report' });
	await expect(report).toContainText('period rows');

	const cli = await parallax('import', FILE, '--market', 'BR', '--period', PERIOD, '--json');
	expect(cli.code, cli.stderr).toBe(0);
	const expected = JSON.parse(cli.stdout);
	for (const [measure, total] of Object.entries(expected.totals as Record<string, number>))
		await expect(page.getByTestId('import-totals')).toContainText(
			`${measure} ${total.toLocaleString('en-US')}`
		);

	const stored = page.waitForResponse((r) => r.url().includes('/imports?') && r.ok());
	await page.getByRole('button', { name: 'Import 3 rows' }).click();
	const { report: storedReport } = await (await stored).json();
	await expect(page.getByRole('status').filter({ hasText: 'Imported 3 rows' })).toBeVisible();
	expect({
		rows: storedReport.rows.loaded,
		totals: storedReport.totals,
		dates: storedReport.dates,
		grain: storedReport.detected.grain,
		currency: storedReport.currency
	}).toEqual({
		rows: expected.rows.loaded,
		totals: expected.totals,
		dates: expected.dates,
		grain: expected.detected.grain,
		currency: expected.currency
	});
	expect(expected).toMatchObject({
		rows: { loaded: 3, rejected: 0 },
		totals: { clicks: 69, spend: 299.85 },
		currency: 'BRL'
	});
	// The sample campaign's other journeys count its rows: take these out again.
	await undoOrRedo(page, upload.name, 'Undo');
	expect(errors).toEqual([]);
});
