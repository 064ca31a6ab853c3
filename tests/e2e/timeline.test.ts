import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import type { TimelineDocument } from '../../src/lib/server/cli/timeline-document';
import { watchErrors } from './helpers';
import { OWNER } from './people/accounts';

const ENV = { ...process.env, PARALLAX_DATA_DIR: '.parallax-e2e', PARALLAX_NOW: '2026-11-25' };

/** A command of `parallax` on the journeys' own data directory, its JSON answer parsed. */
function parallax<T>(...args: string[]): T {
	const output = execFileSync(process.execPath, ['bin/parallax.js', ...args, '--json'], {
		env: ENV
	});
	return JSON.parse(output.toString()) as T;
}

const hours = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

async function openTimeline(page: Page) {
	await page.goto('/campaigns/sample/timeline');
	await expect(page.getByTestId('gantt-row')).toHaveCount(5);
}

test('the timeline shows every market’s planned and actual phases and the approval times of `parallax timeline`', async ({
	page
}) => {
	const errors = watchErrors(page);
	await openTimeline(page);
	const cli = parallax<TimelineDocument>('timeline', '--campaign', 'sample');
	expect(cli.markets.map((m) => m.market)).toEqual(['US', 'MX', 'BR', 'CO', 'AR']);

	for (const { market, phases, timing } of cli.markets) {
		const row = page.locator(`[data-testid="gantt-row"][data-market="${market}"]`);
		await expect(row.getByTestId('planned-bar')).toHaveCount(phases.length);
		await expect(row.getByTestId('actual-bar')).toHaveCount(
			phases.filter((p) => p.actual_start !== null).length
		);
		for (const phase of phases) {
			const planned = row.locator(`[data-testid="planned-bar"][data-phase="${phase.phase}"]`);
			await expect(planned).toHaveAttribute('data-start', phase.planned_start);
			await expect(planned).toHaveAttribute('data-end', phase.planned_end);
			const actual = row.locator(`[data-testid="actual-bar"][data-phase="${phase.phase}"]`);
			await expect(actual).toHaveAttribute('data-start', phase.actual_start!);
			await expect(actual).toHaveAttribute('data-end', phase.actual_end ?? '');
		}
		// A red segment for every phase that ended late, a hatch for every one that was squeezed.
		await expect(row.getByTestId('late-segment')).toHaveCount(
			phases.filter((p) => (p.slip_days ?? 0) > 0).length
		);
		await expect(row.getByTestId('squeezed-segment')).toHaveCount(
			phases.filter((p) => (p.buffer_used_days ?? 0) > 0).length
		);

		for (const metric of ['approval_hours_median', 'approval_hours_p90']) {
			const cell = page.locator(
				`[data-testid="timing-value"][data-market="${market}"][data-metric="${metric}"]`
			);
			const expected = timing[metric]!;
			expect(expected).not.toBeNull();
			expect(Number(await cell.getAttribute('data-value'))).toBeCloseTo(expected, 4);
			await expect(cell).toHaveText(`${hours.format(expected)} h`);
		}
	}

	// The sample's story: Colombia's sourcing overran and squeezed its soft launch; LATAM
	// approvals took longer than the US's.
	const colombia = cli.markets.find((m) => m.market === 'CO')!;
	expect(colombia.phases.find((p) => p.phase === 'sourcing')!.slip_days).toBeGreaterThan(0);
	expect(colombia.phases.some((p) => (p.buffer_used_days ?? 0) > 0)).toBe(true);
	const median = (code: string) =>
		cli.markets.find((m) => m.market === code)!.timing.approval_hours_median!;
	for (const code of ['MX', 'BR', 'CO', 'AR']) expect(median(code)).toBeGreaterThan(median('US'));

	// The table under the chart gives the same slip as the command line.
	await page.getByText('Phase dates as a table').click();
	const sourcing = page.locator(
		'[data-testid="phase-row"][data-market="CO"][data-phase="sourcing"]'
	);
	await expect(sourcing).toContainText(
		`+${colombia.phases.find((p) => p.phase === 'sourcing')!.slip_days}`
	);
	expect(errors).toEqual([]);
});

test('a phase that ran long is annotated from the timeline and the note sits on its market’s row', async ({
	page
}) => {
	const errors = watchErrors(page);
	await openTimeline(page);
	const colombia = page.locator('[data-testid="gantt-row"][data-market="CO"]');
	const before = await colombia.locator('[data-testid^="annotation-mark-"]').count();
	await colombia.getByRole('button', { name: /^Colombia · Sourcing & briefing:/ }).click();

	const panel = page.getByRole('complementary');
	const title = panel.getByLabel('Title');
	await expect(title).toHaveValue('Sourcing & briefing in Colombia ran 2 days long');
	await title.fill('Colombia sourcing: two creators needed a second brief');
	await panel.getByRole('button', { name: 'Save' }).click();

	await expect(panel.getByTestId('annotation-thread')).toContainText(
		'Colombia sourcing: two creators needed a second brief'
	);
	await expect(colombia.locator('[data-testid^="annotation-mark-"]')).toHaveCount(before + 1);
	const mark = colombia.getByRole('button', {
		name: 'note: Colombia sourcing: two creators needed a second brief'
	});
	await expect(mark).toBeVisible();
	// Only Colombia's row carries it.
	await expect(
		page.getByRole('button', {
			name: 'note: Colombia sourcing: two creators needed a second brief'
		})
	).toHaveCount(1);
	expect(errors).toEqual([]);
});

test('a definition that holds markets to a median approval time scores it on the scoreboard as the command line does', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/campaigns/sample/definitions/latam-partner/edit');
	const yaml = page.locator('textarea[name="yaml"]');
	const text = await yaml.inputValue();
	// A draft of the LATAM definition that asks for pieces approved within 72 hours (median).
	const kpi = [
		'      - metric: approval_hours_median',
		'        comparator: <=',
		'        target: 72',
		'        unit: ratio',
		'        weight: 0.1'
	].join('\n');
	expect(text).toContain('    kpis:\n');
	// The campaign owner signs the draft; until they do, the scoreboard previews it.
	const draft = text
		.replace('    kpis:\n', `    kpis:\n${kpi}\n`)
		.replace(/ {4}signatories:\n( {6}- .*\n?)*/, `    signatories:\n      - ${OWNER.email}\n`);
	await yaml.fill(draft);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveURL(/\/definitions#latam-partner$/);

	const cli = parallax<{
		results: {
			definition: string;
			version: number;
			market: string;
			kpis: { metric: string; actual: number | null; attainment: number | null; verdict: string }[];
		}[];
	}>('score', '--campaign', 'sample', '--version', 'latam-partner=2');
	const timeline = parallax<TimelineDocument>('timeline', '--campaign', 'sample');

	await page.goto('/campaigns/sample/scoreboard?version=latam-partner:2');
	for (const market of ['MX', 'BR', 'CO', 'AR']) {
		const scored = cli.results
			.find((r) => r.definition === 'latam-partner' && r.market === market)!
			.kpis.find((k) => k.metric === 'approval_hours_median')!;
		const median = timeline.markets.find((m) => m.market === market)!.timing.approval_hours_median!;
		expect(scored.actual).toBeCloseTo(median, 4);
		expect(scored.attainment).not.toBeNull();

		const cell = page.getByTestId(`kpi-latam-partner-${market}-approval_hours_median`);
		expect(Number(await cell.getAttribute('data-actual'))).toBeCloseTo(median, 4);
		expect(Number(await cell.getAttribute('data-attainment'))).toBeCloseTo(scored.attainment!, 12);
		await expect(cell.locator('strong')).toHaveText(`${hours.format(median)} h`);
		await expect(cell.locator('[data-verdict]')).toHaveAttribute('data-verdict', scored.verdict);
	}
	expect(errors).toEqual([]);
});
