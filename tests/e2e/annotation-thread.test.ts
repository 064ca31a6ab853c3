import { expect, test } from '@playwright/test';
import { watchErrors, plotBox } from './helpers';

test('a decision’s thread shows why, the alternatives and the observed effect over N days', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/campaigns/sample/live?markets=BR&metric=spend&annotation=ann-br-tiktok-shift');
	const thread = page.getByTestId('annotation-thread');
	await expect(thread.locator('h3')).toHaveText(
		'Brazil moves boost budget from YouTube and Instagram to TikTok'
	);
	await expect(thread).toContainText('a thousand YouTube impressions cost 69% more');
	await expect(thread.locator('.decision li')).toHaveCount(2);
	await expect(thread.locator('.decision')).toContainText('spend up');

	const effect = thread.getByTestId('observed-effect');
	await expect(effect).toContainText('BR against the mean of US, MX, CO, AR');
	await expect(effect).toContainText('over 7 days before (2026-11-08 to 2026-11-14)');
	const answer = await (
		await page.request.get('/campaigns/sample/annotations/ann-br-tiktok-shift/effect?days=7')
	).json();
	const shown = (value: number) =>
		value.toLocaleString('en-US', { maximumSignificantDigits: 4, signDisplay: 'exceptZero' });
	await expect(effect).toContainText(
		`difference-in-differences ${shown(answer.effect.estimate)}, 95% interval ${shown(answer.effect.low)} to ${shown(answer.effect.high)}`
	);
	await expect(effect.locator('.verdict')).toHaveText(/Inconclusive|As expected|The opposite/);

	await effect.getByLabel('Days before and after').fill('3');
	await expect(effect).toContainText('over 3 days before (2026-11-12 to 2026-11-14)');
	await expect(effect).toContainText('from 2026-11-15 to 2026-11-17');
	expect(errors).toEqual([]);
});

test('a disagreement takes a position and is settled; related annotations open in the panel', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/campaigns/sample/live?markets=CO&metric=ctr');
	await expect(page.locator('path.series-line')).toHaveCount(1);
	await page.getByRole('button', { name: 'Annotate' }).click();
	const box = await plotBox(page);
	await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5, { steps: 8 });
	await page.mouse.up();

	const capture = page.getByRole('form', { name: 'New annotation' });
	await capture.getByLabel('Kind').selectOption('disagreement');
	await expect(capture.getByLabel('Why')).toHaveCount(0);
	await capture.getByLabel('Title').fill('Does the outage day count for Colombian CTR?');
	await capture.getByRole('button', { name: 'Save' }).click();
	const thread = page.getByTestId('annotation-thread');
	await expect(thread).toContainText('No position yet.');

	await thread.getByText('Add a position').click();
	const position = thread.getByRole('form', { name: 'Add a position' });
	await position.getByLabel('Party').fill('CO team');
	await position.getByLabel('Reading').fill('Leave the 17th out');
	await position.getByLabel('Argument').fill('The link was broken; the day measures the redirect.');
	await position.getByRole('button', { name: 'Add position' }).click();
	await expect(thread.locator('.positions li')).toHaveCount(1);
	await expect(thread.locator('.positions li')).toContainText('CO team');

	await thread.getByText('Settle it').click();
	const settle = thread.getByRole('form', { name: 'Settle the disagreement' });
	await settle.getByLabel('Outcome').fill('Report CTR without the 17th, with a footnote.');
	await settle.getByRole('button', { name: 'Settle' }).click();
	await expect(thread.getByTestId('resolution')).toContainText(
		'Report CTR without the 17th, with a footnote.'
	);
	await expect(thread.getByText('Settle it')).toHaveCount(0);

	// Link it to the sample's note about the outage, then follow the link.
	await thread.getByRole('button', { name: 'Edit' }).click();
	const editor = page.getByRole('form', { name: 'Edit annotation' });
	await editor.getByRole('checkbox', { name: /Colombian landing link broken for a day/ }).check();
	await editor.getByRole('button', { name: 'Save' }).click();
	const related = thread.getByRole('button', { name: /Colombian landing link broken/ });
	await expect(related).toBeVisible();
	await related.click();
	await expect(thread.locator('h3')).toHaveText(
		'Colombian landing link broken for a day: no clicks tracked'
	);
	await expect(
		thread.getByRole('button', { name: 'Does the outage day count for Colombian CTR?' })
	).toBeVisible();
	expect(errors).toEqual([]);
});
