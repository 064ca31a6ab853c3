import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

const NAME = 'Creative B vs A';

interface Group {
	group: string | null;
	variants: { name: string; n: number; conversions: number; denominator: number; rate: number }[];
	diff: number;
	ci95: [number, number];
	rel_lift: number | null;
	p: number | null;
	p_adjusted: number | null;
	prob_beat_control: number;
	srm: { mismatch: boolean };
}

/** `parallax split --campaign --json` on the journeys' own data directory. */
function commandLineSplit() {
	const output = execFileSync(
		process.execPath,
		['bin/parallax.js', 'split', '--campaign', 'sample', '--test', NAME, '--json'],
		{ env: { ...process.env, PARALLAX_DATA_DIR: '.parallax-e2e', PARALLAX_NOW: '2026-11-25' } }
	);
	return JSON.parse(output.toString()) as {
		groups: Group[];
		pooled: Group;
		combined: { diff: number; ci95: [number, number] };
		simpson_warning: boolean;
	};
}

test('the sample’s creative test shows a forest plot of five markets and their combined estimate, the command line’s numbers, Argentina’s sample-ratio mismatch and the Simpson warning', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/campaigns/sample/experiments');
	await expect(page.getByRole('link', { name: 'Experiments', exact: true })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await expect(page.getByTestId('experiment-name')).toHaveText(NAME);

	const plot = page.getByTestId('forest-plot');
	await expect(plot.getByTestId('forest-row')).toHaveCount(5);
	await expect(plot.getByTestId('forest-combined')).toHaveCount(1);
	await expect(plot.getByTestId('forest-zero')).toHaveCount(1);
	await expect(plot.locator('[data-testid="forest-combined"] polygon')).toBeVisible();

	const cli = commandLineSplit();
	expect(cli.groups.map((g) => g.group)).toEqual(['US', 'MX', 'BR', 'CO', 'AR']);
	const attribute = async (row: ReturnType<typeof page.getByTestId>, name: string) =>
		Number(await row.getAttribute(`data-${name}`));
	for (const group of [...cli.groups, cli.pooled]) {
		const row = page.getByTestId(`experiment-row-${group.group ?? 'pooled'}`);
		await expect(row).toBeVisible();
		const [control, treatment] = group.variants;
		expect(await attribute(row, 'rows-control')).toBe(control!.n);
		expect(await attribute(row, 'rows-treatment')).toBe(treatment!.n);
		expect(await attribute(row, 'numerator-control')).toBe(control!.conversions);
		expect(await attribute(row, 'numerator-treatment')).toBe(treatment!.conversions);
		expect(await attribute(row, 'denominator-control')).toBe(control!.denominator);
		expect(await attribute(row, 'denominator-treatment')).toBe(treatment!.denominator);
		expect(await attribute(row, 'rate-control')).toBeCloseTo(control!.rate, 12);
		expect(await attribute(row, 'rate-treatment')).toBeCloseTo(treatment!.rate, 12);
		expect(await attribute(row, 'diff')).toBeCloseTo(group.diff, 12);
		expect(await attribute(row, 'low')).toBeCloseTo(group.ci95[0], 12);
		expect(await attribute(row, 'high')).toBeCloseTo(group.ci95[1], 12);
		expect(await attribute(row, 'rel-lift')).toBeCloseTo(group.rel_lift!, 12);
		expect(await attribute(row, 'p')).toBeCloseTo(group.p!, 12);
		expect(await attribute(row, 'prob-beat')).toBeCloseTo(group.prob_beat_control, 12);
		if (group.p_adjusted !== null)
			expect(await attribute(row, 'p-adjusted')).toBeCloseTo(group.p_adjusted, 12);
		await expect(row).toHaveAttribute('data-srm', String(group.srm.mismatch));
		// The visible counts are the same numbers.
		await expect(row).toContainText(
			`${control!.n.toLocaleString('en-US')} · ${treatment!.n.toLocaleString('en-US')}`
		);
	}
	const combined = page.getByTestId('experiment-row-combined');
	expect(await attribute(combined, 'diff')).toBeCloseTo(cli.combined.diff, 12);
	expect(
		Number(await plot.getByTestId('forest-combined').getAttribute('data-estimate'))
	).toBeCloseTo(cli.combined.diff, 12);

	// Rows split 190/108 in Argentina only; the other markets split as planned.
	const srm = page.getByTestId('srm-banner');
	await expect(srm).toHaveCount(1);
	await expect(srm).toHaveAttribute('data-market', 'AR');
	await expect(srm).toContainText('Argentina: rows split 190/108 against a planned 50/50, p = ');
	expect(cli.groups.filter((g) => g.srm.mismatch).map((g) => g.group)).toEqual(['AR']);

	// B wins in four markets and loses pooled: the pooled row is not the reading.
	expect(cli.simpson_warning).toBe(true);
	await expect(page.getByTestId('simpson-warning')).toContainText("Simpson's paradox");
	await expect(page.getByTestId('heterogeneity')).toContainText('The markets differ');
	await expect(page.getByTestId('experiment-method')).toContainText('each row (a post on one day)');
	await expect(page.getByTestId('power-US')).toBeVisible();
	expect(errors).toEqual([]);
});

test('recording a decision on the test writes a decision annotation prefilled with its result', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/campaigns/sample/experiments?test=creative-b-vs-a');
	await page.getByRole('button', { name: 'Record decision' }).click();
	const panel = page.getByRole('complementary', { name: 'Record decision' });
	await expect(panel.getByLabel('Kind')).toHaveValue('decision');
	await expect(panel.getByLabel('Title')).toHaveValue(`Decision on ${NAME}`);
	const body = panel.getByLabel('Text (Markdown)');
	await expect(body).toHaveValue(/B against A on clicks \/ impressions, 2026-09-28 to 2026-11-22/);
	await expect(body).toHaveValue(/- Argentina: /);
	await expect(body).toHaveValue(/Sample-ratio mismatch in Argentina\./);

	const title = `Roll out creative B per market (${Date.now()})`;
	await panel.getByLabel('Title').fill(title);
	await panel.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByTestId('decision-recorded')).toBeVisible();
	await expect(panel).toHaveCount(0);

	// Followed by address: the campaign's update stream may reload the page at the same moment,
	// which would cancel a click's navigation.
	const logLink = page.getByRole('link', { name: 'Open the decision log' });
	await expect(logLink).toHaveAttribute('href', '/campaigns/sample/decisions');
	await page.goto('/campaigns/sample/decisions?kind=decision');
	const row = page
		.getByRole('table', { name: 'Decision log' })
		.locator('tbody tr')
		.filter({ hasText: title });
	await expect(row).toHaveCount(1);
	await expect(row).toHaveAttribute('data-kind', 'decision');
	expect(errors).toEqual([]);
});

test('defining a test offers the variants found in the data, names each problem beside its field and saves the test', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/campaigns/sample/experiments?edit=new');
	await expect(page.getByTestId('variant-values')).toContainText(
		'Argentina: A (190 rows), B (108 rows)'
	);
	const form = page.getByRole('form', { name: 'New split test' });
	await form.getByLabel('Name', { exact: true }).fill(NAME);
	await form.getByLabel('Control variant').fill('A');
	await form.getByLabel('Treatment variant').fill('A');
	await form.getByLabel('Minimum detectable effect (relative lift, %)').fill('0');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form.getByText('The treatment must differ from the control.')).toBeVisible();
	await expect(
		form.getByText(
			'Enter the smallest relative lift worth detecting, in percent above 0, such as 5.'
		)
	).toBeVisible();
	// What was typed stays.
	await expect(form.getByLabel('Name', { exact: true })).toHaveValue(NAME);

	await form.getByLabel('Treatment variant').fill('B');
	await form.getByLabel('Minimum detectable effect (relative lift, %)').fill('10');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form.getByText(`Another test of this campaign is called ${NAME}.`)).toBeVisible();

	const name = 'Creative B vs A in Mexico';
	await form.getByLabel('Name', { exact: true }).fill(name);
	for (const market of ['United States', 'Brazil', 'Colombia', 'Argentina'])
		await form.getByLabel(market).uncheck();
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveURL(/experiments\?test=creative-b-vs-a-in-mexico$/);
	await expect(page.getByTestId('experiment-name')).toHaveText(name);
	await expect(page.getByTestId('forest-plot').getByTestId('forest-row')).toHaveCount(1);
	await expect(page.getByTestId('experiment-row-MX')).toHaveAttribute('data-rows-control', '162');
	expect(errors).toEqual([]);
});
