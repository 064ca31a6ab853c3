import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

const RANGE = { from: '2026-11-02', to: '2026-11-22' };

/** `parallax score --json` on the journeys' own data directory, for the same range. */
function commandLineScores() {
	const output = execFileSync(
		process.execPath,
		[
			'bin/parallax.js',
			'score',
			'--campaign',
			'sample',
			'--from',
			RANGE.from,
			'--to',
			RANGE.to,
			'--json'
		],
		{ env: { ...process.env, PARALLAX_DATA_DIR: '.parallax-e2e', PARALLAX_NOW: '2026-11-25' } }
	);
	return JSON.parse(output.toString()) as {
		range: { from: string; to: string };
		results: {
			definition: string;
			market: string;
			score: number;
			kpis: { metric: string; actual: number; attainment: number; verdict: string }[];
		}[];
		divergences: {
			market: string;
			kpis: { metrics: Record<string, string>; verdicts: Record<string, string> }[];
		}[];
	};
}

test('the scoreboard and the cross-read matrix show the divergence the sample is known for, with the command line’s numbers', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto(`/campaigns/sample/scoreboard?from=${RANGE.from}&to=${RANGE.to}`);
	const matrix = page.getByRole('table', { name: 'Cross-read matrix' });
	await expect(matrix).toBeVisible();

	// Mexico: engagement per impression misses the US team's 3.5%, per person reached it wins.
	const mexico = page.getByTestId('matrix-MX');
	await expect(page.getByTestId('divergence-MX')).toHaveText('KPIs diverge');
	const underBrand = mexico
		.getByTestId('cell-MX-us-brand')
		.locator('[data-metric="er_impressions"]');
	const underPartner = mexico
		.getByTestId('cell-MX-latam-partner')
		.locator('[data-metric="er_reach"]');
	await expect(underBrand).toHaveAttribute('data-verdict', 'miss');
	await expect(underPartner).toHaveAttribute('data-verdict', 'win');
	await expect(underBrand).toHaveClass(/divergent/);
	await expect(underBrand).toContainText('87.85%');
	await expect(underPartner).toContainText('124.27%');
	// Brazil reads the same under both: no divergence.
	await expect(page.getByTestId('divergence-BR')).toHaveCount(0);

	const cli = commandLineScores();
	expect(cli.range).toEqual(RANGE);
	for (const result of cli.results) {
		const cell = page.getByTestId(`cell-${result.market}-${result.definition}`);
		expect(Number(await cell.getAttribute('data-score'))).toBeCloseTo(result.score, 12);
		for (const kpi of result.kpis) {
			const item = cell.locator(`[data-metric="${kpi.metric}"]`);
			await expect(item).toHaveAttribute('data-verdict', kpi.verdict);
			expect(Number(await item.getAttribute('data-attainment'))).toBeCloseTo(kpi.attainment, 12);
		}
	}
	const mxDivergence = cli.divergences.find((d) => d.market === 'MX')!;
	expect(mxDivergence.kpis).toContainEqual({
		metric: 'engagement_rate',
		metrics: { 'latam-partner': 'er_reach', 'us-brand': 'er_impressions' },
		verdicts: { 'latam-partner': 'win', 'us-brand': 'miss' }
	});
	const links = page.locator('[data-testid^="divergence-"]');
	const linked = await links.evaluateAll((all) => all.map((a) => a.getAttribute('data-testid')));
	expect(linked).toEqual(cli.divergences.map((d) => `divergence-${d.market}`));
	expect(cli.divergences.map((d) => d.market)).toEqual(['US', 'MX', 'CO', 'AR']);

	// The divergence has a stable address: market, definitions, KPI family and range.
	await page.getByTestId('divergence-MX').click();
	await expect(page).toHaveURL(/market=MX/);
	const url = new URL(page.url());
	expect(url.searchParams.get('definitions')).toBe('latam-partner,us-brand');
	expect(url.searchParams.getAll('kpi')).toEqual(['engagement_rate']);
	expect(url.searchParams.get('from')).toBe(RANGE.from);
	await page.reload();
	await expect(page.getByTestId('focused-divergence')).toContainText('MX');

	// The sample's open disagreement sits beside Mexico's divergence; one about Colombia can be
	// opened from its divergence, prefilled, and then sits beside it too.
	await expect(page.getByTestId('open-disagreement-MX')).toContainText(
		'Is Mexico on target on engagement?'
	);
	await expect(page.getByTestId('open-disagreement-CO')).toHaveCount(0);
	await page.getByTestId('matrix-CO').getByRole('button', { name: 'Open a disagreement' }).click();
	const draft = page.getByRole('form', { name: 'New annotation' });
	await expect(draft.getByLabel('Kind')).toHaveValue('disagreement');
	await expect(draft.getByLabel('Title')).toHaveValue(
		'CO reads differently under LATAM partner team and US brand team'
	);
	await expect(draft.getByLabel('Text (Markdown)')).toHaveValue(
		/US brand team: er_impressions miss/
	);
	await expect(draft).toContainText('CO · er_reach, er_impressions, er_followers');
	await draft.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByTestId('open-disagreement-CO')).toContainText('CO reads differently');

	// The gap between two markets splits into parts that add up.
	await expect(page.getByTestId('gap-sentence')).toContainText('the numbers');
	expect(errors).toEqual([]);
});
