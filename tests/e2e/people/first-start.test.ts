import { expect, test } from '@playwright/test';
import { watchErrors } from '../helpers';
import { createAdministratorInPage, OWNER, person } from './accounts';

const lead = person('Bruna Lead');

test('a fresh install creates its administrator, who invites a market lead; the lead sees only what the role allows', async ({
	page,
	browser,
	baseURL
}) => {
	const errors = watchErrors(page);
	await page.goto('/campaigns/sample/live');
	await expect(page).toHaveURL(/\/setup$/);
	await createAdministratorInPage(page, OWNER);
	await expect(page.getByRole('link', { name: /Brisa Sparkling/ })).toBeVisible();

	// The owner invites a market lead for Brazil.
	await page.goto('/campaigns/sample/people');
	const invite = page.getByTestId('invite-form');
	await invite.getByLabel('Role').selectOption('market_lead');
	await invite.getByRole('checkbox', { name: 'BR' }).check();
	await invite.getByRole('button', { name: 'Create invite link' }).click();
	const link = await page.getByRole('textbox', { name: 'Invite link.' }).inputValue();
	expect(link).toMatch(new RegExp(`^${baseURL}/invite/[A-Za-z0-9_-]{43}$`));
	await expect(page.getByText('Market lead of BR, until')).toBeVisible();

	// The lead opens it in another browser, makes an account and lands in the campaign.
	const other = await browser.newContext();
	const second = await other.newPage();
	const secondErrors = watchErrors(second);
	await second.goto(link);
	await expect(second.getByTestId('invite-offer')).toContainText('market lead of BR');
	await second.getByLabel('Your name').fill(lead.name);
	await second.getByLabel('Email').fill(lead.email);
	await second.getByLabel('Password', { exact: true }).fill(lead.password);
	await second.getByLabel('Repeat the password').fill(lead.password);
	await second.getByRole('button', { name: 'Create account and join' }).click();
	await expect(second).toHaveURL(/\/campaigns\/sample\/live$/);
	await expect(second.locator('path.series-line')).toHaveCount(5);
	await expect(second.getByTestId('account-link')).toHaveText(lead.name);

	// What a market lead may not do is not offered, and the server refuses it anyway.
	await second.getByRole('link', { name: 'Data' }).click();
	await expect(second.getByTestId('import-refused')).toBeVisible();
	await expect(second.getByLabel('CSV file')).toHaveCount(0);
	await second.getByRole('link', { name: 'People' }).click();
	await expect(second.getByTestId('member').filter({ hasText: lead.email })).toContainText(
		'market lead'
	);
	await expect(second.getByTestId('invite-form')).toHaveCount(0);
	await expect(second.getByTestId('share-form')).toHaveCount(0);
	const refused = await second.request.post('/campaigns/sample/imports?name=x.csv', {
		data: Buffer.from('date,market,views\n2026-11-20,BR,5\n'),
		headers: { 'content-type': 'application/octet-stream', origin: baseURL! }
	});
	expect(refused.status()).toBe(403);
	expect(await refused.text()).toContain('As a market lead you cannot import data');

	// The invite was single use: opening it again is refused.
	const again = await (await browser.newContext()).newPage();
	const reopened = await again.goto(link);
	expect(reopened?.status()).toBe(410);
	await expect(again.getByRole('alert')).toContainText('already been used');

	// The owner sees the new member and the record of who did what.
	await page.reload();
	await expect(page.getByTestId('member').filter({ hasText: lead.email })).toContainText('BR');
	await expect(page.getByRole('table').last()).toContainText('invite accepted');
	await other.close();
	expect(errors).toEqual([]);
	expect(secondErrors).toEqual([]);
});
