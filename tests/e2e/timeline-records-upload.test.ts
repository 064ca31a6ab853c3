import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

// Two rounds of one US piece, a US piece decided before it was submitted, and one MX piece.
const APPROVALS = [
	'content_id,creator_id,market,revision,submitted_at,decided_at,decision',
	'e2e-p1,us-c01,US,1,2026-11-07 13:09,2026-11-08 13:55,changes_requested',
	'e2e-p1,us-c01,US,2,2026-11-10 14:11,2026-11-11 15:09,approved',
	'e2e-p2,us-c02,US,1,2026-11-12 10:00,2026-11-11 09:00,approved',
	'e2e-p3,mx-c01,MX,1,2026-11-08 10:00,2026-11-09 12:00,approved'
].join('\n');

test('an approvals file uploaded on the settings page keeps its good rows, lists the bad one with its reason, and the count of pieces held rises', async ({
	page
}) => {
	const errors = watchErrors(page);
	// A copy of the sample campaign: its settings, without the sample's sourcing and approvals.
	await page.goto('/campaigns/new');
	await page.getByLabel('Name', { exact: true }).fill('Timeline uploads');
	await page.getByLabel('Id', { exact: true }).fill('timeline-uploads');
	await page.getByRole('radio', { name: 'A copy of another campaign' }).check();
	await page.getByLabel('Copy the settings of').selectOption('sample');
	await page.getByRole('button', { name: 'Create the campaign' }).click();
	await expect(page).toHaveURL(/\/campaigns\/timeline-uploads\/settings/);

	const records = page.getByRole('region', { name: 'Sourcing and approvals', exact: true });
	await expect(records.getByTestId('timeline-held-US')).toHaveText(
		'US: 0 creators approached, 0 pieces reviewed'
	);
	await expect(records.getByTestId('timeline-held-MX')).toHaveText(
		'MX: 0 creators approached, 0 pieces reviewed'
	);

	await records.getByLabel('Approvals file (CSV)').setInputFiles({
		name: 'approvals.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(APPROVALS)
	});
	await records.getByRole('button', { name: 'Upload approvals' }).click();
	await expect(records.getByRole('status')).toHaveText(
		'Approvals from approvals.csv: 3 added, 0 updated, 1 row rejected.'
	);
	const rejected = records.getByRole('table', { name: 'Rejected approval rows' });
	await expect(rejected.getByRole('row')).toHaveCount(2);
	await expect(rejected.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('4');
	await expect(rejected).toContainText('decided before it was submitted (2026-11-12 10:00)');

	await expect(records.getByTestId('timeline-held-US')).toHaveText(
		'US: 0 creators approached, 1 piece reviewed'
	);
	await expect(records.getByTestId('timeline-held-MX')).toHaveText(
		'MX: 0 creators approached, 1 piece reviewed'
	);
	// The upload is on the campaign's record.
	await expect(page.getByRole('table').filter({ hasText: 'approvals imported' })).toBeVisible();

	// The counts are what the campaign holds, not what the last answer said.
	await page.reload();
	await expect(records.getByTestId('timeline-held-US')).toHaveText(
		'US: 0 creators approached, 1 piece reviewed'
	);
	expect(errors).toEqual([]);
});
