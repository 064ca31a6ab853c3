import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '$lib/engine/engine';
import { createNodeEngine } from '$lib/engine/node-engine';
import {
	experimentLeftOutSql,
	experimentRecentSql,
	experimentRowsSql,
	variantValuesSql,
	type ExperimentRowsSpec
} from './experiment-sql';
import { splitCountsSql } from './split-sql';

// A facts table in the campaign's shape, cut down to what a test reads: a weekly row, a row of
// another variant, a row outside the dates, a row of another market and a row without clicks
// sit beside the daily rows the test counts.
const FACTS = `CREATE TABLE facts AS SELECT * FROM (VALUES
	('day', DATE '2026-11-02', 'MX', 'A', 'p1', 10, 1000),
	('day', DATE '2026-11-03', 'MX', 'A', 'p1', 14, 1200),
	('day', DATE '2026-11-02', 'MX', 'B', 'p2', 20, 1100),
	('day', DATE '2026-11-03', 'MX', 'B', 'p2', 18, 900),
	('day', DATE '2026-11-04', 'MX', 'B', 'p2', NULL, 950),
	('week', DATE '2026-11-02', 'MX', 'A', 'p1', 99, 9999),
	('day', DATE '2026-11-02', 'MX', 'C', 'p3', 5, 500),
	('day', DATE '2026-12-01', 'MX', 'A', 'p1', 7, 700),
	('day', DATE '2026-11-02', 'US', 'A', 'p4', 3, 300),
	('day', DATE '2026-11-02', 'US', '', 'p5', 3, 300)
) AS t(grain, date, market, variant, content_id, clicks, impressions)`;

const SPEC: ExperimentRowsSpec = {
	markets: ['MX'],
	variants: ['A', 'B'],
	numerator: 'clicks',
	denominator: 'impressions',
	from: '2026-11-01',
	to: '2026-11-30'
};

let engine: Engine;

beforeAll(async () => {
	engine = await createNodeEngine();
	await engine.exec(FACTS);
	// The facts table has no creator or platform columns here; the row order names them.
	await engine.exec('ALTER TABLE facts ADD COLUMN creator_id VARCHAR');
	await engine.exec('ALTER TABLE facts ADD COLUMN platform VARCHAR');
});

afterAll(async () => {
	await engine?.close();
});

describe('the SQL of a test on a campaign’s facts', () => {
	it('names the facts columns quoted and the test’s values as literals', () => {
		const sql = experimentRowsSql('facts', { ...SPEC, markets: ["M'X"] }, 'rows');
		expect(sql).toContain(`market IN ('M''X')`);
		expect(sql).toContain(`"clicks"::DOUBLE AS y, "impressions"::DOUBLE AS x`);
		expect(sql).toContain(`date BETWEEN DATE '2026-11-01' AND DATE '2026-11-30'`);
	});

	it('keeps the daily rows of the test’s markets, variants and days, which split-sql then sums', async () => {
		await engine.exec(experimentRowsSql('facts', SPEC, 'test_rows'));
		const counts = await engine.query(splitCountsSql('test_rows'));
		expect(counts.map((r) => [r.grp, r.variant, r.rows, r.sum_y, r.sum_x])).toEqual([
			['MX', 'A', 2, 24, 2200],
			['MX', 'B', 2, 38, 2000]
		]);
	});

	it('counts the rows left out for lacking the numerator or the denominator', async () => {
		expect(await engine.query(experimentLeftOutSql('facts', SPEC))).toEqual([
			{ grp: 'MX', variant: 'B', rows: 1 }
		]);
	});

	it('sums the denominator of the recent days only', async () => {
		const recent = await engine.query(experimentRecentSql('test_rows', '2026-11-03', 1));
		expect(recent).toEqual([
			{ grp: 'MX', variant: 'A', x: 1200 },
			{ grp: 'MX', variant: 'B', x: 900 }
		]);
	});

	it('lists each market’s variant values with their daily rows, blanks left out', async () => {
		expect(await engine.query(variantValuesSql('facts'))).toEqual([
			{ market: 'MX', variant: 'A', rows: 3 },
			{ market: 'MX', variant: 'B', rows: 3 },
			{ market: 'MX', variant: 'C', rows: 1 },
			{ market: 'US', variant: 'A', rows: 1 }
		]);
	});
});
