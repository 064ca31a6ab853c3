import { expect, test } from '@playwright/test';
import { CANONICAL_HEADER, importFile, undoOrRedo } from './data-page';
import { campaignRows, linePath, openLive, watchErrors, plotBox } from './helpers';

const TYPED_TITLE = 'Half-typed thought about Mexico';

/** A new Mexican creator's first post on `day`, a day inside the zoom, and the day after the sample's last. */
function newMexicanDays(day: string) {
	return {
		name: 'mexico-new-days.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			`${CANONICAL_HEADER}\n` +
				`${day},MX,instagram,mx-live-1,mx-live-1-p1,A,MXN,900000,40000,2000,90,150,210,800,20,4000.00,9000.00,70000,12000\n` +
				'2026-11-23,MX,instagram,mx-live-1,mx-live-1-p1,A,MXN,31000,15000,700,30,60,90,300,9,1805.84,6000.00,80000,12000\n'
		)
	};
}

test('an import made on another page reaches an open live page, which redraws and keeps its zoom and typed text', async ({
	page,
	context
}) => {
	const errors = watchErrors(page);
	await openLive(page);
	const rowsBefore = await campaignRows(page);

	// Zoom into the middle of the campaign and start writing a note about it.
	const box = await plotBox(page);
	await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5, { steps: 10 });
	await page.mouse.up();
	await expect(page).toHaveURL(/from=2026-11-\d\d&to=2026-11-\d\d/);
	const zoomedUrl = page.url();
	const from = new URL(zoomedUrl).searchParams.get('from')!;
	const mexicoZoomed = await linePath(page, 'MX');
	await page.keyboard.press('n');
	const title = page.getByRole('form', { name: 'New annotation' }).getByLabel('Title');
	await title.fill(TYPED_TITLE);

	// Someone else imports two new days from the Data page.
	const other = await context.newPage();
	await other.goto('/campaigns/sample/data');
	const file = newMexicanDays(from);
	await importFile(other, file, 2);

	const updated = page.getByTestId('data-updated');
	await expect(updated).toContainText('2 new rows');
	await expect(updated).toContainText('Latest day now 2026-11-23');
	await expect.poll(() => linePath(page, 'MX')).not.toBe(mexicoZoomed);
	expect(await campaignRows(page)).toBe(rowsBefore + 2);
	expect(page.url()).toBe(zoomedUrl);
	await expect(title).toHaveValue(TYPED_TITLE);

	// Undoing it there takes the rows out here, and the sample is left as it was found.
	await undoOrRedo(other, file.name, 'Undo');
	await expect(updated).toContainText('2 rows fewer');
	await expect.poll(() => linePath(page, 'MX')).toBe(mexicoZoomed);
	expect(await campaignRows(page)).toBe(rowsBefore);
	expect(page.url()).toBe(zoomedUrl);
	await expect(title).toHaveValue(TYPED_TITLE);
	expect(errors).toEqual([]);
});
