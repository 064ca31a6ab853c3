import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { formatValue } from '../../src/lib/charts/format';
import { watchErrors } from './helpers';

// A spike planted in the sample (data/README.md): Brazil's views jump on 13 November, and no
// annotation of the sample explains it.
const PLANTED = { date: '2026-11-13', market: 'BR', metric: 'views' };

interface LiveDocument {
	as_of: string;
	markets: {
		market: string;
		metrics: {
			metric: string;
			unit: 'count' | 'percent' | 'currency' | 'ratio';
			currency?: string;
			value: number | null;
			target: number;
			change_7d: number | null;
		}[];
		pacing: { spent: number; budget: number | null; projected: number | null };
	}[];
	spikes: { date: string; market: string; metric: string; explained: boolean }[];
}

/** `parallax live --json` on the journeys' own data directory. */
function commandLineLive(): LiveDocument {
	const output = execFileSync(
		process.execPath,
		['bin/parallax.js', 'live', '--campaign', 'sample', '--json'],
		{ env: { ...process.env, PARALLAX_DATA_DIR: '.parallax-e2e', PARALLAX_NOW: '2026-11-25' } }
	);
	return JSON.parse(output.toString()) as LiveDocument;
}

test("the live page's five market cards show the command line's numbers for the as-of day", async ({
	page
}) => {
	const errors = watchErrors(page);
	const document = commandLineLive();
	expect(document.markets).toHaveLength(5);
	await page.goto('/campaigns/sample/live');
	await expect(page.locator('[data-testid^="market-card-"]')).toHaveCount(5);
	for (const market of document.markets) {
		const card = page.getByTestId(`market-card-${market.market}`);
		for (const kpi of market.metrics) {
			const row = card.getByTestId(`card-kpi-${market.market}-${kpi.metric}`);
			const value = row.locator('td.value');
			await expect(value).toHaveAttribute('data-value', String(kpi.value ?? ''));
			const format = { unit: kpi.unit, currency: kpi.currency, locale: 'en-US' };
			await expect(value).toHaveText(formatValue(kpi.value, format));
			await expect(row.locator('td.target')).toHaveAttribute('data-target', String(kpi.target));
			await expect(row.locator('td.change')).toHaveAttribute(
				'data-change',
				String(kpi.change_7d ?? '')
			);
		}
		await expect(card.getByTestId('pacing-spent')).toHaveAttribute(
			'data-reporting',
			String(market.pacing.spent)
		);
		if (market.pacing.projected !== null) {
			await expect(card.getByTestId('pacing-projected')).toHaveAttribute(
				'data-reporting',
				String(market.pacing.projected)
			);
		}
	}
	expect(errors).toEqual([]);
});

test("a planted spike needs a why on the live page and in the day's log, and leaves both once a note explains it", async ({
	page
}) => {
	const errors = watchErrors(page);
	const spikeKey = `${PLANTED.date}-${PLANTED.market}-${PLANTED.metric}`;

	// On the live page, with Brazil alone: listed as needing a why, and ringed on the chart.
	await page.goto(`/campaigns/sample/live?markets=${PLANTED.market}&metric=${PLANTED.metric}`);
	await expect(page.locator('path.series-line')).toHaveCount(1);
	const needsWhy = page.getByRole('region', { name: /Needs a why/ });
	const showAll = needsWhy.getByRole('button', { name: /Show all/ });
	if (await showAll.isVisible()) await showAll.click();
	await expect(needsWhy.getByTestId(`needs-why-${spikeKey}`)).toBeVisible();
	await expect(page.getByTestId(`spike-${PLANTED.date}-${PLANTED.market}`)).toBeVisible();

	// The day's log offers it; the recorder writes a note on it with the keyboard alone.
	await page.goto(`/campaigns/sample/today?day=${PLANTED.date}`);
	const item = page.getByTestId(`today-item-spike-${PLANTED.market}-${PLANTED.metric}`);
	await expect(item).toBeVisible();
	const openBefore = Number(await page.getByTestId('today-open-count').textContent());
	await item.focus();
	await page.keyboard.press('n');
	const capture = page.getByRole('form', { name: 'New annotation' });
	await expect(capture.getByLabel('Kind')).toHaveValue('note');
	await expect(capture).toContainText(`${PLANTED.date} · ${PLANTED.market}`);
	const title = capture.getByLabel('Title');
	await expect(title).toHaveValue(`Why ${PLANTED.metric} moved in ${PLANTED.market}`);
	await title.fill('Brazil views: the creator collab reel went viral');
	await title.press('Enter');

	await expect(item).toHaveCount(0);
	await expect(page.getByTestId('today-open-count')).toHaveText(String(openBefore - 1));
	await expect(page.getByTestId('today-bullets')).toContainText(
		`- note: Brazil views: the creator collab reel went viral (${PLANTED.market} · ${PLANTED.metric} · ${PLANTED.date})`
	);

	// Back on the live page it no longer needs a why.
	await page.goto(`/campaigns/sample/live?markets=${PLANTED.market}&metric=${PLANTED.metric}`);
	await expect(page.locator('path.series-line')).toHaveCount(1);
	if (await showAll.isVisible()) await showAll.click();
	await expect(needsWhy).toBeVisible();
	await expect(needsWhy.getByTestId(`needs-why-${spikeKey}`)).toHaveCount(0);
	expect(errors).toEqual([]);
});
