import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartMetric } from '$lib/domain/chart-metrics';
import type { Engine } from '$lib/engine/engine';
import { createNodeEngine } from '$lib/engine/node-engine';
import { splitSeriesSql } from './split-series-sql';

let engine: Engine;

beforeAll(async () => {
	engine = await createNodeEngine();
	await engine.exec(`CREATE TABLE t AS SELECT * FROM (VALUES
		(DATE '2026-11-01', 'BR', 'tiktok', 'br-1', 'A', 100.0, 2.0),
		(DATE '2026-11-01', 'BR', 'tiktok', 'br-2', 'B', 300.0, 3.0),
		(DATE '2026-11-01', 'BR', 'instagram', 'br-1', 'A', 50.0, 0.0),
		(DATE '2026-11-02', 'BR', 'tiktok', 'br-1', NULL, 10.0, 1.0),
		(DATE '2026-11-01', 'MX', 'tiktok', 'mx-1', 'A', 999.0, 9.0)
	) v(date, market, platform, creator_id, variant, impressions, clicks)`);
});

afterAll(() => engine.close());

const noFilters = { from: null, to: null, platforms: [] };

describe('splitSeriesSql', () => {
	it("sums one market's metric per day and platform, leaving other markets out", async () => {
		const rows = await engine.query(
			splitSeriesSql('t', chartMetric('impressions'), 'BR', 'platform', noFilters)
		);
		expect(rows).toEqual([
			{ date: '2026-11-01', series: 'instagram', value: 50 },
			{ date: '2026-11-01', series: 'tiktok', value: 400 },
			{ date: '2026-11-02', series: 'tiktok', value: 10 }
		]);
	});

	it('computes a rate as a ratio of sums per variant, rows without one on their own line', async () => {
		const rows = await engine.query(
			splitSeriesSql('t', chartMetric('ctr'), 'BR', 'variant', noFilters)
		);
		expect(rows).toEqual([
			{ date: '2026-11-01', series: 'A', value: 2 / 150 },
			{ date: '2026-11-01', series: 'B', value: 3 / 300 },
			{ date: '2026-11-02', series: null, value: 1 / 10 }
		]);
	});

	it('keeps to the dates and platforms asked for, by creator', async () => {
		const rows = await engine.query(
			splitSeriesSql('t', chartMetric('clicks'), 'BR', 'creator_id', {
				from: '2026-11-01',
				to: '2026-11-01',
				platforms: ['tiktok']
			})
		);
		expect(rows).toEqual([
			{ date: '2026-11-01', series: 'br-1', value: 2 },
			{ date: '2026-11-01', series: 'br-2', value: 3 }
		]);
	});
});
