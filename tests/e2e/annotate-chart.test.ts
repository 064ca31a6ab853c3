import { expect, test, type Page } from '@playwright/test';
import { watchErrors, plotBox } from './helpers';
import { OWNER_STATE } from './people/accounts';

/** Drags across the middle of the plot with Shift held: a range to annotate, not a zoom. */
async function shiftDrag(page: Page): Promise<void> {
	const box = await plotBox(page);
	await page.keyboard.down('Shift');
	await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.65, box.y + box.height * 0.5, { steps: 6 });
	await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.5, { steps: 6 });
	await page.mouse.up();
	await page.keyboard.up('Shift');
}

test('a decision written on the Brazil chart shows there and not on the US chart, survives a reload, refuses a stale edit in a second tab, hides and comes back', async ({
	page,
	browser
}) => {
	const errors = watchErrors(page);
	await page.goto('/campaigns/sample/live?markets=BR');
	await expect(page.locator('path.series-line')).toHaveCount(1);

	await shiftDrag(page);
	await expect(page).not.toHaveURL(/from=/);
	const capture = page.getByRole('form', { name: 'New annotation' });
	await expect(capture).toContainText('BR');
	await capture.getByLabel('Kind').selectOption('decision');
	await capture.getByLabel('Title').fill('Shift Brazil budget to TikTok');
	await capture.getByLabel('Text (Markdown)').fill('TikTok **engages** twice as well in BR.');
	await capture.getByLabel('Why').fill('The feed carries the format.');
	await capture
		.getByLabel('Alternatives considered')
		.fill('Boost only the viral post\nWait a week');
	await capture.getByLabel('Expected direction').selectOption('up');
	await expect(capture.getByLabel('Expected metric')).toHaveValue('impressions');
	await capture.getByRole('button', { name: 'Save' }).click();
	const thread = page.getByTestId('annotation-thread');
	await expect(thread).toContainText('Shift Brazil budget to TikTok');
	await expect(thread.locator('.body strong')).toHaveText('engages');
	await expect(thread).toContainText('The feed carries the format.');
	await expect(thread.locator('.decision li')).toHaveText([
		'Boost only the viral post',
		'Wait a week'
	]);
	await expect(thread.getByTestId('observed-effect')).toContainText(
		/BR against the mean of US, MX, CO, AR|Needs at least 2 days/
	);

	const mark = page.locator('[data-testid^="annotation-mark-"]', {
		hasText: 'Shift Brazil budget to TikTok'
	});
	await expect(mark).toHaveCount(1);
	const id = (await mark.getAttribute('data-testid'))!.replace('annotation-mark-', '');

	await page.goto('/campaigns/sample/live?markets=US');
	await expect(page.locator('path.series-line')).toHaveCount(1);
	await expect(page.getByTestId(`annotation-mark-${id}`)).toHaveCount(0);

	await page.goto('/campaigns/sample/live?markets=BR');
	await page.reload();
	await expect(page.getByTestId(`annotation-mark-${id}`)).toHaveCount(1);

	// Two tabs edit it; the second save is refused, and neither text is lost.
	const other = await browser.newContext({ storageState: OWNER_STATE });
	const second = await other.newPage();
	await second.goto('/campaigns/sample/live?markets=BR');
	for (const tab of [page, second]) {
		await tab.getByTestId(`annotation-mark-${id}`).locator('.handle').click();
		await tab.getByRole('button', { name: 'Edit' }).click();
	}
	const firstForm = page.getByRole('form', { name: 'Edit annotation' });
	await firstForm.getByLabel('Title').fill('Shift Brazil budget to TikTok from the 15th');
	await firstForm.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByTestId('annotation-thread').locator('h3')).toHaveText(
		'Shift Brazil budget to TikTok from the 15th'
	);
	const secondForm = second.getByRole('form', { name: 'Edit annotation' });
	await secondForm.getByLabel('Text').fill('Second reading: the viral post explains most of it.');
	await secondForm.getByRole('button', { name: 'Save' }).click();
	await expect(second.getByTestId('annotation-stale')).toContainText('from the 15th');
	await expect(secondForm.getByLabel('Text')).toHaveValue(
		'Second reading: the viral post explains most of it.'
	);
	await other.close();

	// Hide it, and undo.
	await page.reload();
	await page.getByTestId(`annotation-mark-${id}`).locator('.handle').click();
	await page.getByRole('button', { name: 'Hide' }).click();
	await expect(page.getByTestId(`annotation-mark-${id}`)).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByTestId(`annotation-mark-${id}`)).toHaveCount(1);
	const status = page.getByTestId('annotation-thread').locator('p').first();
	await expect(status).toContainText('decision');
	await expect(status).not.toContainText('hidden');
	expect(errors).toEqual([]);
});

test('N writes a note about the day the chart is at, and kinds can be left off the chart', async ({
	page
}) => {
	await page.goto('/campaigns/sample/live?markets=US&metric=impressions');
	await expect(page.locator('path.series-line')).toHaveCount(1);
	// The sample's note about the US press mention is on the US impressions chart.
	const press = page.getByTestId('annotation-mark-ann-us-press-mention');
	await expect(press).toHaveCount(1);
	await page
		.getByRole('group', { name: 'Annotations' })
		.getByRole('checkbox', { name: 'note' })
		.uncheck();
	await expect(press).toHaveCount(0);

	// Away from the checkbox, so that the key is not typed into a field.
	await page.getByRole('heading', { level: 1 }).click();
	await page.keyboard.press('n');
	const capture = page.getByRole('form', { name: 'New annotation' });
	await expect(capture).toContainText('2026-11-22 · US');
	await capture.getByLabel('Kind').selectOption('note');
	await capture.getByLabel('Title').fill('Quiet last day in the US');
	await capture.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByTestId('annotation-thread')).toContainText('Quiet last day in the US');
});
