import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { campaignRows, linePath, openLive, watchErrors } from './helpers';
import { CANONICAL_HEADER, historyRow, importFile, undoOrRedo } from './data-page';
import { OWNER } from './people/accounts';

/** Restates one Mexican day of the sample (ten times the impressions) and adds a day after its last. */
const restated = {
	name: 'mexico-restated.csv',
	mimeType: 'text/csv',
	buffer: Buffer.from(
		`${CANONICAL_HEADER}\n` +
			'2026-11-03,MX,instagram,mx-c10,mx-c10-p1,A,MXN,285330,13570,643,29,59,85,327,10,1805.84,6404.14,26419,9118\n' +
			'2026-11-23,MX,instagram,mx-c10,mx-c10-p1,A,MXN,31000,15000,700,30,60,90,300,9,1805.84,6000.00,80000,9118\n'
	)
};

/** One good new row and one whose impressions a spreadsheet would run as a formula. */
const withBadRow = {
	name: 'brazil-with-a-bad-row.csv',
	mimeType: 'text/csv',
	buffer: Buffer.from(
		`${CANONICAL_HEADER}\n` +
			'2026-11-10,BR,tiktok,br-undo-1,br-undo-1-p1,A,BRL,1000,800,50,2,3,4,10,1,12.50,40.00,900,5000\n' +
			'2026-11-11,BR,tiktok,br-undo-1,br-undo-1-p1,A,BRL,=SUM(A1),800,50,2,3,4,10,1,12.50,40.00,900,5000\n'
	)
};

async function openView(page: Page, name: 'Data' | 'Live') {
	await page
		.getByRole('navigation', { name: 'Campaign views' })
		.getByRole('link', { name })
		.click();
	if (name === 'Live') await expect(page.locator('path.series-line')).toHaveCount(5);
	else await expect(page.getByRole('heading', { name: 'Imports', exact: true })).toBeVisible();
}

test('undoing an import puts the chart back as it was, and redoing it brings the import back', async ({
	page
}) => {
	const errors = watchErrors(page);
	await openLive(page);
	const rowsBefore = await campaignRows(page);
	const mexicoBefore = await linePath(page, 'MX');

	await openView(page, 'Data');
	await importFile(page, restated, 2);
	await expect(page.getByRole('status').filter({ hasText: 'replacing 1 earlier' })).toBeVisible();
	await expect.poll(() => campaignRows(page)).toBe(rowsBefore + 1);
	const row = historyRow(page, restated.name);
	await expect(row).toContainText(OWNER.name);
	await expect(row).toContainText('upload');
	await expect(row.getByTestId('import-status')).toHaveText('Active');

	await openView(page, 'Live');
	await expect.poll(() => linePath(page, 'MX')).not.toBe(mexicoBefore);
	const mexicoAfter = await linePath(page, 'MX');
	expect(await campaignRows(page)).toBe(rowsBefore + 1);

	await openView(page, 'Data');
	const undo = historyRow(page, restated.name);
	await undo.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(undo.getByRole('group')).toContainText(
		'Take out its 2 rows and bring back the 1 rows it replaced?'
	);
	await undo.getByRole('button', { name: 'Cancel' }).click();
	await expect(undo.getByTestId('import-status')).toHaveText('Active');
	await undoOrRedo(page, restated.name, 'Undo');
	await expect(historyRow(page, restated.name)).toHaveClass(/undone/);
	await expect.poll(() => campaignRows(page)).toBe(rowsBefore);

	await openView(page, 'Live');
	await expect.poll(() => linePath(page, 'MX')).toBe(mexicoBefore);
	expect(await campaignRows(page)).toBe(rowsBefore);

	await openView(page, 'Data');
	await undoOrRedo(page, restated.name, 'Redo');
	await expect(historyRow(page, restated.name)).not.toHaveClass(/undone/);
	await expect.poll(() => campaignRows(page)).toBe(rowsBefore + 1);

	await openView(page, 'Live');
	await expect.poll(() => linePath(page, 'MX')).toBe(mexicoAfter);

	// A reload reads the same state from the server, and the sample is left as it was found.
	await page.reload();
	await expect(page.locator('path.series-line')).toHaveCount(5);
	await expect.poll(() => linePath(page, 'MX')).toBe(mexicoAfter);
	await openView(page, 'Data');
	await undoOrRedo(page, restated.name, 'Undo');
	await expect.poll(() => campaignRows(page)).toBe(rowsBefore);
	expect(errors).toEqual([]);
});

test('an import keeps its original file, byte for byte, and its rejected rows as a safe CSV', async ({
	page
}) => {
	await page.goto('/campaigns/sample/data');
	const rowsBefore = await campaignRows(page);
	await importFile(page, withBadRow, 1);
	const row = historyRow(page, withBadRow.name);
	await expect(row).toBeVisible();

	const [original] = await Promise.all([
		page.waitForEvent('download'),
		row.getByRole('link', { name: withBadRow.name, exact: true }).click()
	]);
	expect(original.suggestedFilename()).toBe(withBadRow.name);
	expect(fs.readFileSync(await original.path())).toEqual(withBadRow.buffer);

	const [rejects] = await Promise.all([
		page.waitForEvent('download'),
		row.getByRole('link', { name: `Rejected rows of ${withBadRow.name} as CSV` }).click()
	]);
	expect(rejects.suggestedFilename()).toBe('brazil-with-a-bad-row-rejects.csv');
	const lines = fs
		.readFileSync(await rejects.path(), 'utf8')
		.trimEnd()
		.split('\r\n');
	expect(lines[0]).toBe('file,line,column,value,reason');
	expect(lines).toHaveLength(2);
	// Line 3 of the file; the formula is kept as text by its leading apostrophe.
	expect(lines[1]).toMatch(/^brazil-with-a-bad-row\.csv,3,impressions,'=SUM\(A1\),.+/);

	await undoOrRedo(page, withBadRow.name, 'Undo');
	await expect.poll(() => campaignRows(page)).toBe(rowsBefore);
	// An undone import's original can still be downloaded.
	const [again] = await Promise.all([
		page.waitForEvent('download'),
		historyRow(page, withBadRow.name)
			.getByRole('link', { name: withBadRow.name, exact: true })
			.click()
	]);
	expect(fs.readFileSync(await again.path())).toEqual(withBadRow.buffer);
});
