import { expect, type Page } from '@playwright/test';

/** Collects console errors and page errors, to assert that a journey produced none. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** Opens the sample campaign's live view and waits until every market's line is drawn. */
export async function openLive(page: Page, query = ''): Promise<void> {
	await page.goto(`/campaigns/sample/live${query}`);
	await expect(page.locator('path.series-line')).toHaveCount(5);
}

/** The drawn path of one market's line. */
export async function linePath(page: Page, market: string): Promise<string> {
	return (await page.locator(`path.series-line[data-series="${market}"]`).getAttribute('d')) ?? '';
}

/** The number of rows the campaign header says it holds. */
export async function campaignRows(page: Page): Promise<number> {
	const text = (await page.getByTestId('freshness').textContent()) ?? '';
	const match = /([\d,]+) rows/.exec(text);
	if (!match) throw new Error(`no row count in the freshness line: ${text}`);
	return Number(match[1]!.replaceAll(',', ''));
}

/**
 * The live chart's plot, scrolled into view (the market cards sit above it), and its box for
 * pointer gestures, which land only on what the viewport shows.
 */
export async function plotBox(
	page: Page
): Promise<{ x: number; y: number; width: number; height: number }> {
	const plot = page.getByRole('application');
	await plot.scrollIntoViewIfNeeded();
	return (await plot.boundingBox())!;
}
