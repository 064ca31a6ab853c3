import { expect, test } from '@playwright/test';
import { campaignRows, linePath, openLive, watchErrors } from './helpers';
import { chooseFile } from './data-page';
import { OWNER_STATE } from './people/accounts';

const fixture = 'tests/e2e/fixtures/colombia-late-posts.csv';

test('importing a CSV on the Data page lists its rejects, then the chart, a reload and another browser show the rows', async ({
	page,
	browser
}) => {
	const errors = watchErrors(page);
	await openLive(page);
	const rowsBefore = await campaignRows(page);
	const colombiaBefore = await linePath(page, 'CO');

	await page
		.getByRole('navigation', { name: 'Campaign views' })
		.getByRole('link', { name: 'Data' })
		.click();
	await page.getByLabel('CSV file').setInputFiles(fixture);
	await expect(page.getByTestId('import-counts')).toContainText('3 rows to load');
	await expect(page.getByTestId('import-counts')).toContainText('2 rejected');
	const rejects = page.getByRole('table', { name: 'Rejected rows' });
	await expect(rejects.getByRole('row')).toHaveCount(3);
	await expect(rejects).toContainText('not-a-number');
	await expect(rejects).toContainText('not a number');
	await expect(rejects.getByRole('row').nth(1)).toContainText('4');
	await expect(rejects).toContainText("not one of this campaign's markets");
	await expect(rejects.getByRole('row').nth(2)).toContainText('5');

	await page.getByRole('button', { name: 'Import 3 rows' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported 3 rows' })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Imports' })).toContainText(
		'colombia-late-posts.csv'
	);

	await page
		.getByRole('navigation', { name: 'Campaign views' })
		.getByRole('link', { name: 'Live' })
		.click();
	await expect(page.locator('path.series-line')).toHaveCount(5);
	await expect.poll(() => linePath(page, 'CO')).not.toBe(colombiaBefore);
	const colombiaAfter = await linePath(page, 'CO');
	expect(await campaignRows(page)).toBe(rowsBefore + 3);

	await page.reload();
	await expect(page.locator('path.series-line')).toHaveCount(5);
	await expect.poll(() => linePath(page, 'CO')).toBe(colombiaAfter);

	const other = await browser.newContext({ storageState: OWNER_STATE });
	const second = await other.newPage();
	await openLive(second);
	expect(await campaignRows(second)).toBe(rowsBefore + 3);
	await expect.poll(() => linePath(second, 'CO')).toBe(colombiaAfter);
	await other.close();
	expect(errors).toEqual([]);
});

test('a file that is not a CSV export is refused with a reason and nothing is stored', async ({
	page
}) => {
	await page.goto('/campaigns/sample/data');
	const photo = {
		name: 'photo.png',
		mimeType: 'image/png',
		buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])
	};
	await chooseFile(
		page,
		photo,
		page.getByRole('alert').filter({ hasText: 'only .csv, .tsv and .txt exports can be imported' })
	);
	await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
});

test('weekly rows are kept with their grain and named, never mixed into the daily chart', async ({
	page
}) => {
	await page.goto('/campaigns/sample/data');
	const market = page.getByLabel('Market for every row');
	await chooseFile(page, 'tests/fixtures/exports/google_ads-pt-weekly.csv', market);
	await market.selectOption('BR');
	await expect(page.getByTestId('import-counts')).toContainText('4 rows to load');
	await expect(page.getByTestId('import-counts')).toContainText('5 summary rows skipped');
	await expect(page.getByTestId('detected-platform')).toHaveText('google_ads');
	await page.getByRole('button', { name: 'Import 4 rows' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported 4 rows' })).toBeVisible();

	await openLive(page);
	await expect(page.getByTestId('other-grains')).toContainText('4 weekly rows');
	// The chart's days are still the campaign's November days, not the file's March weeks.
	const chart = page.getByRole('img', { name: 'Impressions by market' });
	await expect(chart).toContainText('Nov');
	await expect(chart).not.toContainText('Mar');
});
