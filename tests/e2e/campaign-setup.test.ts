import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

const fxFile = 'tests/e2e/fixtures/launch-us-br-fx.csv';
const creatorsFile = 'tests/e2e/fixtures/launch-us-br-creators.csv';
// Five days of a Brazilian Google Ads account in Portuguese, no market column, spend in R$.
const googleAdsFile = 'tests/fixtures/exports/google_ads-pt.csv';

// On 2026-05-07 the export spends R$ 27,45 and the FX file rates BRL at 0.1835 USD.
const BRL_SPEND = 27.45;
const BRL_RATE = 0.1835;

/**
 * Downloads the live chart's CSV and gives the value of one column on one day; NaN while the
 * chart has no such column or day (it redraws after each change, so callers poll).
 */
async function chartValue(page: Page, date: string, column: RegExp): Promise<number> {
	const menu = page.locator('details', { has: page.getByText('Export', { exact: true }) });
	if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open)))
		await page.getByText('Export', { exact: true }).click();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	const lines = fs
		.readFileSync((await file.path())!, 'utf8')
		.replace(/^\uFEFF/, '')
		.trim()
		.split(/\r?\n/)
		.map((line) => line.split(','));
	const index = lines[0]!.findIndex((header) => column.test(header));
	const row = lines.find((cells) => cells[0] === date);
	return index > 0 && row ? Number(row[index]) : NaN;
}

test('a campaign for US and BR is made through the forms, given FX rates, creators and Google Ads data, and its BR spend reads in USD and in BRL', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/');
	await page.getByRole('link', { name: 'New campaign' }).click();
	await expect(page.getByRole('heading', { name: 'New campaign' })).toBeVisible();

	await page.getByLabel('Name', { exact: true }).fill('Launch US + BR');
	await expect(page.getByLabel('Id', { exact: true })).toHaveValue('launch-us-br');
	await page.getByLabel('Reporting currency').fill('USD');
	await page.getByLabel('Starts').fill('2026-05-01');
	await page.getByLabel('Ends').fill('2026-05-31');
	const market = (row: number, field: string) => page.getByLabel(`Market ${row} ${field}`);
	await market(1, 'code').fill('US');
	await market(1, 'name').fill('United States');
	await market(1, 'currency').fill('USD');
	await market(1, 'time zone').fill('America/New_York');
	await market(1, 'locale').fill('en-US');
	await page.getByRole('button', { name: 'Add a market row' }).click();
	await market(2, 'code').fill('BR');
	await market(2, 'name').fill('Brazil');
	await market(2, 'currency').fill('BRL');
	// A misspelt time zone is refused with its reason, and what was typed stays.
	await market(2, 'time zone').fill('America/Sao_Paolo');
	await market(2, 'locale').fill('pt-BR');
	await page.getByRole('button', { name: 'Create the campaign' }).click();
	await expect(page.getByText('America/Sao_Paolo is not an IANA time zone')).toBeVisible();
	await expect(market(2, 'name')).toHaveValue('Brazil');
	await expect(market(2, 'time zone')).toHaveAttribute('aria-invalid', 'true');
	await market(2, 'time zone').fill('America/Sao_Paulo');
	await page.getByRole('button', { name: 'Create the campaign' }).click();

	await expect(page).toHaveURL(/\/campaigns\/launch-us-br\/settings/);
	await expect(page.getByTestId('campaign-created')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Launch US + BR' })).toBeVisible();
	const markets = page.getByRole('table', { name: 'Markets' });
	await expect(market(2, 'time zone')).toHaveValue('America/Sao_Paulo');
	await expect(markets.getByRole('row')).toHaveCount(4);

	// FX rates from a file; the rate each day uses is listed, with no day left without one.
	const fx = page.getByRole('region', { name: 'FX rates', exact: true });
	await fx.getByLabel('FX rates file (CSV)').setInputFiles(fxFile);
	await fx.getByRole('button', { name: 'Upload rates' }).click();
	await expect(fx.getByRole('status')).toHaveText(
		'Set 62 rates (USD, BRL) from launch-us-br-fx.csv.'
	);
	const days = fx.getByRole('table', { name: 'Rate used each day' });
	await expect(days.getByRole('row')).toHaveCount(32);
	await expect(days.getByRole('row', { name: /^2026-05-07/ })).toHaveText(
		/2026-05-07\s*1\s*0\.1835/
	);
	await expect(page.getByTestId('fx-gaps')).toHaveCount(0);

	// Creators from a file: good rows kept, the MX row rejected with its line and reason.
	const creators = page.getByRole('region', { name: 'Creators', exact: true });
	await creators.getByLabel('Creators file (CSV)').setInputFiles(creatorsFile);
	await creators.getByRole('button', { name: 'Upload creators' }).click();
	await expect(creators.getByRole('status')).toHaveText(
		'Creators from launch-us-br-creators.csv: 3 added, 0 updated, 1 row rejected.'
	);
	const rejected = creators.getByRole('table', { name: 'Rejected creator rows' });
	await expect(rejected.getByRole('row')).toHaveCount(2);
	await expect(rejected.getByRole('row').nth(1)).toContainText('5');
	await expect(rejected).toContainText("not one of this campaign's markets (US, BR)");
	const list = creators.getByRole('table', { name: 'Creators list' });
	await expect(list.getByRole('row')).toHaveCount(4);
	await expect(list).toContainText('@ana.faz');
	await expect(list).toContainText('228,900');

	// The settings changes are on the record.
	await expect(page.getByRole('table').filter({ hasText: 'campaign created' })).toBeVisible();

	// A Google Ads export in Portuguese for BR, on the Data page.
	await page
		.getByRole('navigation', { name: 'Campaign views' })
		.getByRole('link', { name: 'Data' })
		.click();
	await page.getByLabel('CSV file').setInputFiles(googleAdsFile);
	await page.getByLabel('Market for every row').selectOption('BR');
	await expect(page.getByTestId('import-counts')).toContainText('5 rows to load');
	await page.getByRole('button', { name: 'Import 5 rows' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported 5 rows' })).toBeVisible();

	// The live chart shows BR's spend in the reporting currency: R$ 27,45 × 0.1835 on May 7.
	await page
		.getByRole('navigation', { name: 'Campaign views' })
		.getByRole('link', { name: 'Live' })
		.click();
	await page.getByLabel('Metric').selectOption('spend');
	await expect(page.getByRole('img', { name: 'Spend by market' })).toBeVisible();
	await expect(page.locator('path.series-line[data-series="BR"]')).toHaveCount(1);
	await expect
		.poll(() => chartValue(page, '2026-05-07', /^BR .*Spend.*\(USD\)$/))
		.toBeCloseTo(BRL_SPEND * BRL_RATE, 6);

	// With BR alone on the chart, its money can be read in its own currency too.
	await page
		.getByRole('group', { name: 'Markets' })
		.getByRole('checkbox', { name: 'US', exact: true })
		.uncheck();
	await page.getByRole('radio', { name: 'BRL (market currency)' }).check();
	await expect
		.poll(() => chartValue(page, '2026-05-07', /^BR .*Spend.*\(BRL\)$/))
		.toBeCloseTo(BRL_SPEND, 6);
	await page.getByRole('radio', { name: 'USD (reporting currency)' }).check();
	await expect
		.poll(() => chartValue(page, '2026-05-07', /^BR .*Spend.*\(USD\)$/))
		.toBeCloseTo(BRL_SPEND * BRL_RATE, 6);

	// Undo the import: the campaign is as before it, with no line to draw.
	await page
		.getByRole('navigation', { name: 'Campaign views' })
		.getByRole('link', { name: 'Data' })
		.click();
	const row = page
		.getByRole('table', { name: 'Imports', exact: true })
		.getByRole('row')
		.filter({ has: page.getByRole('link', { name: 'google_ads-pt.csv', exact: true }) });
	await row.getByRole('button', { name: 'Undo', exact: true }).click();
	await row
		.getByRole('group', { name: 'Confirm undo of google_ads-pt.csv' })
		.getByRole('button', { name: 'Confirm undo' })
		.click();
	await expect(row.getByTestId('import-status')).toContainText('Undone by', { timeout: 30_000 });
	await expect(page.getByTestId('freshness')).toContainText('No data yet');
	await page
		.getByRole('navigation', { name: 'Campaign views' })
		.getByRole('link', { name: 'Live' })
		.click();
	// On the live page, not still on the data page, before counting lines.
	await expect(page).toHaveURL(/\/campaigns\/launch-us-br\/live$/);
	await expect(page.getByLabel('Metric')).toBeVisible();
	await expect(page.locator('path.series-line')).toHaveCount(0);

	// In Portuguese, the live and data pages speak Portuguese (every label: languages.test.ts).
	await page.getByRole('combobox', { name: 'Language' }).selectOption('pt');
	await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
	const views = page.getByRole('navigation', { name: 'Visualizações da campanha' });
	await expect(views.getByRole('link', { name: 'Ao vivo' })).toBeVisible();
	await expect(page.getByLabel('Métrica')).toBeVisible();
	await views.getByRole('link', { name: 'Dados' }).click();
	await expect(page.getByRole('heading', { name: 'Importações', exact: true })).toBeVisible();
	expect(errors).toEqual([]);
});

test('a campaign cannot be created twice under one id, and a market with data cannot be removed', async ({
	page
}) => {
	await page.goto('/campaigns/new');
	await page.getByLabel('Name', { exact: true }).fill('Sample again');
	await page.getByLabel('Id', { exact: true }).fill('sample');
	await page.getByRole('radio', { name: 'A copy of another campaign' }).check();
	await page.getByLabel('Copy the settings of').selectOption('sample');
	await page.getByRole('button', { name: 'Create the campaign' }).click();
	await expect(page.getByText('A campaign with the id sample exists already.')).toBeVisible();

	await page.goto('/campaigns/sample/settings');
	const markets = page.getByRole('region', { name: 'Markets', exact: true });
	await markets.getByRole('checkbox', { name: 'Remove market 5' }).check();
	await markets.getByRole('button', { name: 'Save markets' }).click();
	await expect(markets.getByRole('alert')).toContainText('AR cannot be removed: it has');
	await expect(markets.getByRole('alert')).toContainText('rows of data');
	await page.reload();
	await expect(page.getByLabel('Market 5 code')).toHaveValue('AR');
});
