import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

/** The sample campaign's seed annotations (other journeys may add more to the same campaign). */
const SEEDS = JSON.parse(readFileSync('data/sample/annotations.json', 'utf8')) as {
	id: string;
	kind: string;
	title: string;
	scope: { markets: string[] };
}[];
const BRAZIL_DECISION = 'Brazil moves boost budget from YouTube and Instagram to TikTok';

const log = (page: Page) => page.getByRole('table', { name: 'Decision log' }).locator('tbody tr');

/** Asserts which seed annotations the log lists now: exactly `listed`, by id. */
async function expectSeeds(page: Page, listed: string[]): Promise<void> {
	for (const seed of SEEDS) {
		await expect(log(page).filter({ hasText: seed.title })).toHaveCount(
			listed.includes(seed.id) ? 1 : 0
		);
	}
}

/** Asserts that the count line agrees with the rows listed. */
async function expectCountOfRows(page: Page): Promise<void> {
	const rows = await log(page).count();
	await expect(page.getByTestId('decision-count')).toHaveText(
		new RegExp(`^\\d+ annotations?, ${rows} shown$`)
	);
}

test('the decision log lists the seed annotations, filters them by kind and market through the URL, links each to the chart and exports the filtered CSV', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/campaigns/sample/decisions');
	await expect(page.getByRole('link', { name: 'Decisions', exact: true })).toHaveAttribute(
		'aria-current',
		'page'
	);
	expect(SEEDS).toHaveLength(8);
	await expectSeeds(
		page,
		SEEDS.map((s) => s.id)
	);
	await expectCountOfRows(page);
	await expect(log(page).filter({ hasText: 'Is Mexico on target on engagement?' })).toContainText(
		'open'
	);

	// Kind: the two seed decisions, and only decisions.
	await page.getByLabel('Kind').selectOption('decision');
	await expect(page).toHaveURL(/kind=decision/);
	const decisions = SEEDS.filter((s) => s.kind === 'decision').map((s) => s.id);
	expect(decisions).toEqual(['ann-br-tiktok-shift', 'ann-mx-daily-cap']);
	await expectSeeds(page, decisions);
	await expect(
		page.locator('table[aria-label="Decision log"] tbody tr:not([data-kind="decision"])')
	).toHaveCount(0);
	await expect(log(page).filter({ hasText: BRAZIL_DECISION })).toContainText('spend ↑ up');
	await expectCountOfRows(page);

	// Market: every seed annotation about Mexico, whatever its kind.
	await page.getByLabel('Kind').selectOption({ label: 'All kinds' });
	await expect(page).not.toHaveURL(/kind=decision/);
	await page.getByLabel('Market').selectOption('MX');
	await expect(page).toHaveURL(/market=MX/);
	const mexico = SEEDS.filter((s) => s.scope.markets.includes('MX')).map((s) => s.id);
	expect(mexico).toHaveLength(4);
	await expectSeeds(page, mexico);
	await expectCountOfRows(page);

	// The filters live in the URL: a reload keeps them.
	await page.reload();
	await expect(page.getByLabel('Market')).toHaveValue('MX');
	await expectSeeds(page, mexico);

	// The CSV holds the same filtered list.
	await page.getByLabel('Market').selectOption('BR');
	await expect(page).toHaveURL(/market=BR/);
	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download CSV' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('sample-decisions.csv');
	const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
	expect(csv[0]).toBe(
		'id,kind,status,first_day,last_day,markets,metrics,platforms,title,body,why,alternatives,' +
			'expected_metric,expected_direction,outcome,settled_by,settled_at,author,created_at,updated_at,revision'
	);
	// The body's own line breaks stay inside its quoted cell: one record per CRLF.
	const brazil = csv.find((line) => line.startsWith('ann-br-tiktok-shift,'));
	expect(brazil).toContain(
		`ann-br-tiktok-shift,decision,recorded,2026-11-15,2026-11-22,BR,spend;views,tiktok;instagram;youtube,${BRAZIL_DECISION},"Post `
	);
	expect(brazil).toMatch(
		/,spend,up,,,,Rafael Souza,2026-11-14T21:15:00\.000Z,2026-11-14T21:15:00\.000Z,1$/
	);
	expect(csv.some((line) => line.startsWith('ann-mx-daily-cap,'))).toBe(false);

	// A bad value in the address is ignored with a notice, never a crash.
	await page.goto('/campaigns/sample/decisions?kind=decree&market=BR');
	await expect(page.getByTestId('ignored-filters')).toContainText('kind=decree');
	await expect(log(page).filter({ hasText: BRAZIL_DECISION })).toHaveCount(1);
	expect(errors).toEqual([]);

	// On the chart: Brazil, over the decision's days, with its thread asked for.
	await log(page)
		.filter({ hasText: BRAZIL_DECISION })
		.getByRole('link', { name: 'On the chart' })
		.click();
	await expect(page).toHaveURL(/\/campaigns\/sample\/live\?/);
	const chart = new URL(page.url()).searchParams;
	expect(chart.getAll('markets')).toEqual(['BR']);
	expect(chart.get('from')).toBe('2026-11-15');
	expect(chart.get('to')).toBe('2026-11-22');
	expect(chart.get('metric')).toBe('spend');
	expect(chart.get('annotation')).toBe('ann-br-tiktok-shift');
	await expect(page.locator('path.series-line')).toHaveCount(1);
	expect(errors).toEqual([]);
});
