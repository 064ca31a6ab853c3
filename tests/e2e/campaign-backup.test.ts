import { expect, test } from '@playwright/test';
import { campaignRows, watchErrors } from './helpers';

test('an owner downloads a campaign backup and the administrator imports it as a copy, once', async ({
	page
}, testInfo) => {
	const errors = watchErrors(page);
	await page.goto('/campaigns/sample/settings');
	const waiting = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download a backup of this campaign' }).click();
	const download = await waiting;
	expect(download.suggestedFilename()).toMatch(/^sample-\d{4}-\d{2}-\d{2}\.parallax\.json\.gz$/);
	const file = testInfo.outputPath(download.suggestedFilename());
	await download.saveAs(file);

	await page.goto('/');
	await page.getByLabel('Backup file').setInputFiles(file);
	await page.getByLabel('Import as (optional campaign id)').fill('sample-restored');
	await page.getByRole('button', { name: 'Import campaign' }).click();
	await expect(page.getByTestId('backup-imported')).toContainText('as a new campaign');

	await page.getByRole('button', { name: 'Import campaign' }).click();
	await expect(page.getByTestId('backup-imported')).toContainText(
		'already holds everything in this file; nothing changed'
	);

	await page.goto('/campaigns/sample/live');
	await expect(page.locator('path.series-line')).toHaveCount(5);
	const rows = await campaignRows(page);
	await page.goto('/campaigns/sample-restored/live');
	await expect(page.locator('path.series-line')).toHaveCount(5);
	expect(await campaignRows(page)).toBe(rows);
	expect(errors).toEqual([]);
});
