import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '$lib/domain/scoring/date-range';
import { appContext, type AppContext } from '../app-context';
import { findCampaign } from '../campaign-store';
import { serverConfig } from '../config';
import { closeDatabase } from '../database';
import { liveSummary, type LiveSummary } from './live-summary';

const root = path.resolve(import.meta.dirname, '../../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-live-'));
let context: AppContext;
let summary: LiveSummary;

/** The sample's raw facts and rates, read without Parallax code: the oracle for the numbers. */
interface RawRow {
	date: string;
	market: string;
	currency: string;
	[measure: string]: string | number;
}
function readCsv(file: string): RawRow[] {
	const [header, ...lines] = fs.readFileSync(file, 'utf8').trim().split('\n');
	const names = header!.split(',');
	return lines.map((line) => {
		const cells = line.split(',');
		return Object.fromEntries(
			names.map((name, i) => [
				name,
				/^-?\d/.test(cells[i]!) && name !== 'date' ? Number(cells[i]) : cells[i]
			])
		) as RawRow;
	});
}
const facts = ['US', 'MX', 'BR', 'CO', 'AR'].flatMap((m) =>
	readCsv(path.join(root, 'data/sample/facts', `${m}.csv`))
);
const usdPer = new Map(
	readCsv(path.join(root, 'data/sample/fx.csv')).map((r) => [
		`${r.date} ${r.currency}`,
		Number(r.rate)
	])
);
const sum = (rows: RawRow[], measure: (row: RawRow) => number) =>
	rows.reduce((total, row) => total + measure(row), 0);
const engagements = (row: RawRow) =>
	Number(row.likes) + Number(row.comments) + Number(row.shares) + Number(row.saves);
const usd = (row: RawRow, measure: string) =>
	Number(row[measure]) * usdPer.get(`${row.date} ${row.currency}`)!;
const rowsOf = (market: string, from: string, to = from) =>
	facts.filter((row) => row.market === market && row.date >= from && row.date <= to);

beforeAll(async () => {
	context = await appContext(serverConfig({ PARALLAX_DATA_DIR: dir }));
	summary = await liveSummary(context, findCampaign(context.db, 'sample')!, { asOf: '2026-11-22' });
});

afterAll(() => {
	closeDatabase(dir);
	fs.rmSync(dir, { recursive: true, force: true });
});

const market = (code: string) => summary.markets.find((m) => m.market === code)!;
const kpi = (code: string, metric: string) =>
	market(code).metrics.find((k) => k.metric === metric)!;

describe('liveSummary on the sample campaign', () => {
	it('shows each market its own definition’s KPIs on the as-of day, against one-day targets', () => {
		expect(summary.asOf).toBe('2026-11-22');
		expect(summary.lastDay).toBe('2026-11-22');
		expect(summary.markets.map((m) => m.market)).toEqual(['US', 'MX', 'BR', 'CO', 'AR']);
		expect(market('US').metrics.map((k) => [k.definition, k.metric])).toEqual([
			['us-brand', 'er_impressions'],
			['us-brand', 'cpa'],
			['us-brand', 'ctr'],
			['us-brand', 'roas']
		]);
		expect(market('BR').metrics.map((k) => k.metric)).toEqual([
			'er_reach',
			'view_rate',
			'er_followers',
			'cpm'
		]);
		const day = rowsOf('US', '2026-11-22');
		expect(kpi('US', 'er_impressions').value).toBeCloseTo(
			sum(day, engagements) / sum(day, (r) => Number(r.impressions)),
			12
		);
		expect(kpi('US', 'er_impressions')).toMatchObject({ target: 0.035, unit: 'percent' });
		const mx = rowsOf('MX', '2026-11-22');
		expect(kpi('MX', 'cpm').value).toBeCloseTo(
			(sum(mx, (r) => usd(r, 'spend')) / sum(mx, (r) => Number(r.impressions))) * 1000,
			9
		);
		expect(kpi('MX', 'cpm')).toMatchObject({ target: 3, currency: 'USD', comparator: '<=' });
	});

	it('reads a metric of reach or followers to date, as the scoreboard does', () => {
		// data/README.md: engagement per reach is 4.98% in Brazil and 4.35% in Mexico.
		expect(kpi('BR', 'er_reach')).toMatchObject({ window: 'to_date', from: '2026-11-02' });
		expect(kpi('BR', 'er_reach').value).toBeCloseTo(0.0498, 4);
		expect(kpi('MX', 'er_reach').value).toBeCloseTo(0.0435, 4);
		expect(kpi('MX', 'er_reach').attainment).toBeCloseTo(1.24, 2);
		expect(kpi('BR', 'view_rate')).toMatchObject({ window: 'day', from: '2026-11-22' });
	});

	it('compares a rate with the week before as one range', () => {
		const week = rowsOf('BR', '2026-11-15', '2026-11-21');
		const today = rowsOf('BR', '2026-11-22');
		const viewRate = (rows: RawRow[]) =>
			sum(rows, (r) => Number(r.views)) / sum(rows, (r) => Number(r.impressions));
		expect(kpi('BR', 'view_rate').change7d).toBeCloseTo(viewRate(today) / viewRate(week) - 1, 9);
	});

	it('paces spend against the budget in both currencies', () => {
		const spent = sum(rowsOf('AR', '2026-01-01', '2026-11-22'), (r) => Number(r.spend));
		const pacing = market('AR').pacing;
		expect(pacing.spent.local).toBeCloseTo(spent, 4);
		// data/README.md: Argentina ends at 89.3% of its budget (the pause day).
		expect(pacing.spent.local / pacing.budget!.local).toBeCloseTo(0.893, 3);
		expect(pacing.spent.reporting).toBeCloseTo(
			sum(rowsOf('AR', '2026-01-01', '2026-11-22'), (r) => usd(r, 'spend')),
			4
		);
		expect(pacing.budget!.reporting).toBeCloseTo(23_000_000 * usdPer.get('2026-11-22 ARS')!, 4);
		// The campaign ends on its as-of day: nothing left to project.
		expect(pacing).toMatchObject({ daysLeft: 0 });
		expect(pacing.projected).toEqual(pacing.spent);
		expect(market('US').pacing.budget).toEqual({ local: 80_000, reporting: 80_000 });
	});

	it('projects the last week’s pace on an earlier day', async () => {
		const earlier = await liveSummary(context, findCampaign(context.db, 'sample')!, {
			asOf: '2026-11-18'
		});
		const us = earlier.markets.find((m) => m.market === 'US')!.pacing;
		const week = sum(rowsOf('US', addDays('2026-11-18', -6), '2026-11-18'), (r) => Number(r.spend));
		expect(us.daysLeft).toBe(4);
		expect(us.dailyPace.local).toBeCloseTo(week / 7, 6);
		expect(us.projected!.local).toBeCloseTo(us.spent.local + (week / 7) * 4, 6);
	});

	it('finds every planted event of data/README.md on its day and market', () => {
		const at = (date: string, code: string, metric: string) =>
			summary.spikes.find((s) => s.date === date && s.market === code && s.metric === metric);
		// The BR viral post and the MX over-pace day: no annotation covers the 13th.
		expect(at('2026-11-13', 'BR', 'views')).toMatchObject({ explained: false, baseline: 'own' });
		expect(at('2026-11-13', 'BR', 'views')!.z).toBeGreaterThan(0);
		expect(at('2026-11-13', 'MX', 'spend')).toMatchObject({ explained: false });
		// The US press mention, the CO outage and the AR pause each have their note.
		expect(at('2026-11-16', 'US', 'impressions')).toMatchObject({
			explained: true,
			explainedBy: ['ann-us-press-mention']
		});
		expect(at('2026-11-17', 'CO', 'clicks')).toMatchObject({
			explained: true,
			explainedBy: ['ann-co-tracking-outage']
		});
		expect(at('2026-11-17', 'CO', 'clicks')!.z).toBeLessThan(0);
		// The declined card shows where it started: spend 0 (impressions fell to 26%).
		expect(at('2026-11-19', 'AR', 'spend')).toMatchObject({
			value: 0,
			explained: true,
			explainedBy: ['ann-ar-boost-pause']
		});
	});

	it('searches each market’s own KPIs and the live chart’s metrics only', () => {
		expect(market('US').watched).toContain('roas');
		expect(market('US').watched).not.toContain('er_reach');
		expect(market('BR').watched).toEqual(expect.arrayContaining(['er_followers', 'views', 'cpm']));
		for (const spike of summary.spikes) {
			expect(market(spike.market).watched).toContain(spike.metric);
			expect(spike.date <= summary.asOf).toBe(true);
		}
	});

	it('takes a spike off the needs-a-why list once a note covers it', async () => {
		context.annotations.create(
			'sample',
			{
				kind: 'note',
				title: 'A micro creator’s TikTok went viral',
				scope: { markets: ['BR'], metrics: ['views'] },
				time: { at: '2026-11-13' }
			},
			null,
			'ann-br-viral-note'
		);
		const viral = async () =>
			(
				await liveSummary(context, findCampaign(context.db, 'sample')!, { asOf: '2026-11-22' })
			).spikes.find((s) => s.date === '2026-11-13' && s.market === 'BR' && s.metric === 'views');
		expect(await viral()).toMatchObject({ explained: true, explainedBy: ['ann-br-viral-note'] });
		// Deleting the note hides it: the spike needs its why again.
		context.annotations.setHidden('sample', 'ann-br-viral-note', true, null, 1);
		expect(await viral()).toMatchObject({ explained: false, explainedBy: [] });
	});

	it('judges the first days of a campaign on baselines borrowed from the other markets', async () => {
		const early = await liveSummary(context, findCampaign(context.db, 'sample')!, {
			asOf: '2026-11-08'
		});
		const borrowed = early.spikes.filter((s) => s.baseline === 'borrowed');
		expect(borrowed.length).toBeGreaterThan(0);
		for (const spike of borrowed) {
			expect(spike.historyDays).toBeLessThan(7);
			expect(spike.borrowedFrom).not.toContain(spike.market);
			expect(spike.borrowedFrom.length).toBeGreaterThan(0);
		}
	});

	it('shows a campaign before its first day of data as empty, not as an error', async () => {
		const before = await liveSummary(context, findCampaign(context.db, 'sample')!, {
			asOf: '2026-10-01'
		});
		expect(before.asOf).toBe('2026-10-01');
		expect(before.spikes).toEqual([]);
		const us = before.markets.find((m) => m.market === 'US')!;
		expect(us.metrics).toHaveLength(4);
		expect(us.metrics.every((k) => k.value === null && k.change7d === null)).toBe(true);
		expect(us.pacing.spent).toEqual({ local: 0, reporting: 0 });
		expect(before.sourcing.every((s) => s.difference === null)).toBe(true);
	});

	it('measures the sourcing comparison as the SciPy reference does', () => {
		const reference = JSON.parse(
			fs.readFileSync(path.join(root, 'tests/reference/sourcing-comparison.json'), 'utf8')
		) as {
			markets: {
				market: string;
				network: { n: number; mean: number };
				cold: { n: number; mean: number };
				low: number;
				high: number;
			}[];
		};
		expect(summary.sourcing.map((s) => s.market)).toEqual(reference.markets.map((m) => m.market));
		for (const [i, expected] of reference.markets.entries()) {
			const actual = summary.sourcing[i]!;
			expect(actual.network.creators).toHaveLength(expected.network.n);
			expect(actual.cold.creators).toHaveLength(expected.cold.n);
			expect(actual.network.mean).toBeCloseTo(expected.network.mean, 12);
			expect(actual.cold.mean).toBeCloseTo(expected.cold.mean, 12);
			expect(actual.difference!.low).toBeCloseTo(expected.low, 9);
			expect(actual.difference!.high).toBeCloseTo(expected.high, 9);
		}
	});
});
