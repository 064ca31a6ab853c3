import { expect, type Locator, type Page } from '@playwright/test';
import { OWNER } from './people/accounts';

/** A CSV as the Data page's file input takes it. */
export interface UploadFile {
	name: string;
	mimeType: string;
	buffer: Buffer;
}

/** The header of a file in Parallax's own column names. */
export const CANONICAL_HEADER =
	'date,market,platform,creator_id,content_id,variant,currency,impressions,views,likes,comments,shares,saves,clicks,conversions,spend,revenue,reach,followers';

/**
 * Chooses a file on the Data page until the page shows it has read it: a file chosen before
 * the page has hydrated is not read, so it is chosen again.
 */
export async function chooseFile(
	page: Page,
	file: UploadFile | string,
	read: Locator
): Promise<void> {
	await expect(async () => {
		await page.getByLabel('CSV file').setInputFiles(file);
		await expect(read).toBeVisible({ timeout: 10_000 });
	}).toPass({ timeout: 60_000 });
}

/** Imports a file from the Data page and waits for the import's confirmation. */
export async function importFile(page: Page, file: UploadFile, rows: number): Promise<void> {
	await chooseFile(
		page,
		file,
		page.getByTestId('import-counts').filter({ hasText: `${rows} rows to load` })
	);
	await page.getByRole('button', { name: `Import ${rows} rows` }).click();
	await expect(
		page.getByRole('status').filter({ hasText: `Imported ${rows} rows from ${file.name}` })
	).toBeVisible();
}

/** The import history's row of a file. */
export function historyRow(page: Page, fileName: string) {
	return page
		.getByRole('table', { name: 'Imports', exact: true })
		.getByRole('row')
		.filter({ has: page.getByRole('link', { name: fileName, exact: true }) });
}

/** Undoes or redoes an import from the history, confirming, and waits until it is done. */
export async function undoOrRedo(
	page: Page,
	fileName: string,
	change: 'Undo' | 'Redo'
): Promise<void> {
	const row = historyRow(page, fileName);
	await row.getByRole('button', { name: change, exact: true }).click();
	const confirm = row.getByRole('group', {
		name: `Confirm ${change.toLowerCase()} of ${fileName}`
	});
	await expect(confirm).toBeVisible();
	await confirm.getByRole('button', { name: `Confirm ${change.toLowerCase()}` }).click();
	// The server rebuilds the campaign's facts from its imports before it answers.
	await expect(row.getByTestId('import-status')).toContainText(
		change === 'Undo' ? `Undone by ${OWNER.name}` : 'Active',
		{ timeout: 30_000 }
	);
}
