import { test as setup } from '@playwright/test';
import { createAdministratorInPage, OWNER_STATE } from './accounts';

setup('the owner creates the administrator account and stays signed in', async ({ page }) => {
	await createAdministratorInPage(page);
	await page.context().storageState({ path: OWNER_STATE });
});
