import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { linePath, openLive, watchErrors, plotBox } from './helpers';

test('the sample campaign opens with one non-empty line per market and no console errors', async ({
	page
}) => {
	const errors = watchErrors(page);
	await openLive(page);
	for (const market of ['US', 'MX', 'BR', 'CO', 'AR']) {
		const d = await linePath(page, market);
		// A drawn line moves and draws: M x,y L x,y … with many points.
		expect(d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){10,}/);
	}
	await expect(page.getByRole('img', { name: 'Impressions by market' })).toBeVisible();
	expect(errors).toEqual([]);
});

test('hovering the chart reads out every market at that date', async ({ page }) => {
	await openLive(page);
	const box = await plotBox(page);
	await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
	const readout = page.getByTestId('chart-readout');
	for (const market of ['US', 'MX', 'BR', 'CO', 'AR']) await expect(readout).toContainText(market);
	await expect(readout).toContainText(/Nov \d+, 2026/);
});

test('dragging zooms into a date range kept in the URL, and Reset zoom restores it', async ({
	page
}) => {
	await openLive(page);
	const before = await linePath(page, 'BR');
	const box = await plotBox(page);
	await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 8 });
	await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5, { steps: 8 });
	await page.mouse.up();
	await expect(page).toHaveURL(/from=2026-11-\d\d&to=2026-11-\d\d/);
	await expect.poll(() => linePath(page, 'BR')).not.toBe(before);

	await page.goBack();
	await expect(page).not.toHaveURL(/from=/);
	await page.goForward();
	await expect(page).toHaveURL(/from=2026-11-\d\d/);

	await page.getByRole('button', { name: 'Reset zoom' }).click();
	await expect(page).not.toHaveURL(/from=/);
	await expect.poll(() => linePath(page, 'BR')).toBe(before);
});

test('the metric and markets are filters kept in the URL', async ({ page }) => {
	await openLive(page);
	await page.getByLabel('Metric').selectOption('spend');
	await expect(page).toHaveURL(/metric=spend/);
	await expect(page.getByRole('img', { name: 'Spend by market' })).toBeVisible();
	await page
		.getByRole('group', { name: 'Markets' })
		.getByRole('checkbox', { name: 'AR', exact: true })
		.uncheck();
	await expect(page.locator('path.series-line')).toHaveCount(4);
	await expect(page).toHaveURL(/markets=BR,CO,MX,US|markets=US,MX,BR,CO/);
	await page.reload();
	await expect(page.locator('path.series-line')).toHaveCount(4);
	await expect(page.getByLabel('Metric')).toHaveValue('spend');
});

test('the chart exports as SVG, PNG and CSV of the plotted data', async ({ page }) => {
	await openLive(page);
	const download = async (name: string) => {
		const menu = page.locator('details', { has: page.getByText('Export', { exact: true }) });
		if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open)))
			await page.getByText('Export', { exact: true }).click();
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name }).click()
		]);
		return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
	};
	const svg = await download('Download SVG');
	expect(svg.name).toMatch(/\.svg$/);
	expect(svg.bytes.toString('utf8')).toMatch(
		/^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/
	);
	// Standalone files carry styles inline instead of classes; each line keeps its market.
	expect(
		svg.bytes.toString('utf8').match(/<path[^>]*data-series="(US|MX|BR|CO|AR)"/g)?.length
	).toBe(5);

	const png = await download('Download PNG');
	expect(png.name).toMatch(/\.png$/);
	expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(png.bytes.length).toBeGreaterThan(5_000);

	const csv = await download('Download CSV');
	expect(csv.name).toMatch(/\.csv$/);
	const lines = csv.bytes.toString('utf8').trim().split(/\r?\n/);
	expect(lines[0]).toMatch(/^date,/);
	for (const market of ['US', 'MX', 'BR', 'CO', 'AR']) expect(lines[0]).toContain(market);
	expect(lines.length).toBeGreaterThan(15);
	expect(lines[1]).toMatch(/^2026-11-0\d,/);
});
