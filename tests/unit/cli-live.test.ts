import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parallaxCli } from '../support/parallax-cli';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-cli-live-'));

const parallax = parallaxCli({ PARALLAX_DATA_DIR: dataDir, PARALLAX_NOW: '2026-11-25' });

interface LiveDocument {
	as_of: string;
	markets: {
		market: string;
		metrics: {
			metric: string;
			definition: string;
			window: 'day' | 'to_date';
			from: string;
			value: number | null;
			target: number;
			change_7d: number | null;
		}[];
		pacing: { spent: number; budget: number | null; projected: number | null };
	}[];
	spikes: {
		date: string;
		market: string;
		metric: string;
		value: number;
		z: number;
		baseline: 'own' | 'borrowed';
		explained: boolean;
		explained_by: string[];
	}[];
	sourcing: {
		market: string;
		difference: number | null;
		low: number | null;
		high: number | null;
	}[];
}

interface ScoreDocument {
	results: {
		market: string;
		definition: string;
		own_market: boolean;
		kpis: { metric: string; actual: number | null; target: number }[];
	}[];
}

let live: LiveDocument;

beforeAll(async () => {
	const result = await parallax('live', '--campaign', 'sample', '--as-of', '2026-11-22', '--json');
	expect(result.code, result.stderr).toBe(0);
	live = JSON.parse(result.stdout);
	// The first run seeds the sample campaign into the new data directory.
}, 180_000);

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('parallax live', () => {
	it('gives every market its own KPIs as `parallax score` scores the same days', async () => {
		expect(live.as_of).toBe('2026-11-22');
		expect(live.markets.map((m) => m.market)).toEqual(['US', 'MX', 'BR', 'CO', 'AR']);
		const scored = async (from: string) => {
			const result = await parallax(
				'score',
				'--campaign',
				'sample',
				'--from',
				from,
				'--to',
				'2026-11-22',
				'--json'
			);
			expect(result.code, result.stderr).toBe(0);
			return JSON.parse(result.stdout) as ScoreDocument;
		};
		const byRange = { day: await scored('2026-11-22'), to_date: await scored('2026-11-02') };
		for (const market of live.markets) {
			expect(market.metrics.length).toBeGreaterThan(0);
			for (const kpi of market.metrics) {
				const result = byRange[kpi.window].results.find(
					(r) => r.market === market.market && r.definition === kpi.definition
				)!;
				expect(result.own_market).toBe(true);
				const expected = result.kpis.find((k) => k.metric === kpi.metric)!;
				expect([market.market, kpi.metric, kpi.value, kpi.target]).toEqual([
					market.market,
					kpi.metric,
					expected.actual,
					expected.target
				]);
			}
		}
		const us = live.markets[0]!;
		expect(us.metrics.map((k) => k.metric)).toEqual(['er_impressions', 'cpa', 'ctr', 'roas']);
		expect(us.metrics.every((k) => k.window === 'day' && k.change_7d !== null)).toBe(true);
	});

	it('paces each market’s spend against its budget in the reporting currency', () => {
		const us = live.markets.find((m) => m.market === 'US')!.pacing;
		// data/README.md: the US spends 95.5% of its USD 80,000 by the last day.
		expect(us.budget).toBe(80_000);
		expect(us.spent / us.budget!).toBeCloseTo(0.955, 3);
		expect(us.projected).toBeCloseTo(us.spent, 6);
		for (const market of live.markets) {
			expect(market.pacing.budget).toBeGreaterThan(market.pacing.spent);
		}
	});

	it('lists the planted events of data/README.md on their days and markets', () => {
		const planted = [
			{ date: '2026-11-13', market: 'BR', metric: 'views', up: true, why: [] },
			{ date: '2026-11-13', market: 'MX', metric: 'spend', up: true, why: [] },
			{
				date: '2026-11-16',
				market: 'US',
				metric: 'impressions',
				up: true,
				why: ['ann-us-press-mention']
			},
			{
				date: '2026-11-17',
				market: 'CO',
				metric: 'clicks',
				up: false,
				why: ['ann-co-tracking-outage']
			},
			{ date: '2026-11-19', market: 'AR', metric: 'spend', up: false, why: ['ann-ar-boost-pause'] }
		];
		for (const event of planted) {
			const spike = live.spikes.find(
				(s) => s.date === event.date && s.market === event.market && s.metric === event.metric
			);
			expect(spike, `${event.date} ${event.market} ${event.metric}`).toBeDefined();
			expect(spike!.z > 0).toBe(event.up);
			expect(spike!.explained).toBe(event.why.length > 0);
			expect(spike!.explained_by).toEqual(event.why);
		}
		// Nothing after the as-of day; the days are in order.
		const dates = live.spikes.map((s) => s.date);
		expect(dates).toEqual([...dates].sort());
		expect(dates.every((date) => date <= '2026-11-22')).toBe(true);
	});

	it('measures the sourcing comparison with its interval per market', () => {
		const mx = live.sourcing.find((s) => s.market === 'MX')!;
		// Six creators a side: +0.76 points, with an interval wide enough to include zero.
		expect(mx.difference).toBeCloseTo(0.0076, 4);
		expect(mx.low!).toBeLessThan(0);
		expect(mx.high!).toBeGreaterThan(mx.difference!);
	});

	it('prints a readable summary, and refuses a missing or unknown campaign', async () => {
		const text = await parallax('live', '--campaign', 'sample', '--as-of', '2026-11-16');
		expect(text.code, text.stderr).toBe(0);
		expect(text.stdout).toContain('Live as of 2026-11-16');
		expect(text.stdout).toMatch(/need a why:\n {2}2026-/);
		expect(text.stdout).toContain('er_reach since 2026-11-02');
		const missing = await parallax('live', '--json');
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('give the campaign: --campaign ID');
		const unknown = await parallax('live', '--campaign', 'nope');
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toContain('no campaign with id "nope"');
	});
});
