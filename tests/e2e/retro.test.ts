import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

// The sample's last day of data; the server's clock (PARALLAX_NOW) is later, so it is its as-of.
const AS_OF = '2026-11-22';

/** `parallax retro` on the journeys' own data directory, for the same as-of day. */
function commandLineRetro(format: 'md' | 'html', ...more: string[]): string {
	const output = execFileSync(
		process.execPath,
		[
			'bin/parallax.js',
			'retro',
			'--campaign',
			'sample',
			'--format',
			format,
			'--as-of',
			AS_OF,
			...more
		],
		{
			env: { ...process.env, PARALLAX_DATA_DIR: '.parallax-e2e', PARALLAX_NOW: '2026-11-25' },
			maxBuffer: 64 * 1024 * 1024
		}
	);
	return output.toString();
}

const seeds = (
	JSON.parse(fs.readFileSync('data/sample/annotations.json', 'utf8')) as {
		kind: string;
		title: string;
	}[]
).filter((seed) => seed.kind === 'decision' || seed.kind === 'disagreement');

async function downloadText(page: Page, name: string): Promise<{ name: string; text: string }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name }).click()
	]);
	return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path())!, 'utf8') };
}

test('the retrospective shows every seed decision and disagreement with the sample’s numbers, as the command line writes it, and prints without the app around it', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/campaigns/sample/retro');
	await expect(page.getByRole('link', { name: 'Retrospective' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	const article = page.locator('article.retro');
	await expect(article.getByRole('heading', { level: 1 })).toHaveText(
		'Retrospective: Brisa Sparkling — Americas creator launch'
	);
	expect(seeds.length).toBeGreaterThan(0);
	for (const seed of seeds) {
		await expect(article.getByRole('heading', { name: seed.title, exact: true })).toBeVisible();
	}
	// data/README.md: Mexico's engagement per impression, 87.85% of the US team's target.
	const mexicoEngagement = article.locator(
		'#market-MX table[data-definition="us-brand"] tr[data-metric="er_impressions"] td'
	);
	await expect(mexicoEngagement).toHaveText([
		'Engagement rate by impressions er_impressions ≥',
		'3.07%',
		'3.5%',
		'87.85%',
		'miss',
		'30%'
	]);

	// The page's article is the command line's article, as the browser reads both.
	const standalone = commandLineRetro('html');
	const expected = await page.evaluate(
		(html) =>
			new DOMParser().parseFromString(html, 'text/html').querySelector('article.retro')!.outerHTML,
		standalone
	);
	expect(await article.evaluate((element) => element.outerHTML)).toBe(expected);

	const markdown = await downloadText(page, 'Download Markdown');
	expect(markdown.name).toBe('sample-retro.md');
	expect(markdown.text).toBe(commandLineRetro('md'));
	const html = await downloadText(page, 'Download HTML');
	expect(html.name).toBe('sample-retro.html');
	expect(html.text).toBe(standalone);

	// Another window for the observed effects: the downloads follow it.
	await page.getByLabel('Days compared before and after each decision').fill('3');
	await page.getByRole('button', { name: 'Measure' }).click();
	await expect(page).toHaveURL(/days=3/);
	await expect(article).toContainText('3 days before each decision against 3 days from it on');
	expect((await downloadText(page, 'Download Markdown')).text).toBe(
		commandLineRetro('md', '--days', '3')
	);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Campaign views' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print / save as PDF' })).toBeHidden();
	await expect(article).toBeVisible();
	expect(errors).toEqual([]);
});
