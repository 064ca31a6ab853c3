import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '$lib/engine/node-engine';
import type { Engine } from '$lib/engine/engine';
import { dailyRollupSql } from './chart-series-sql';
import { fxTableSql } from './fx-table-sql';
import { scoringBaseSql } from './scoring-base-sql';

let engine: Engine;

// Spend of one US and one BR row a day; BRL has a rate on the 1st only. The reporting currency
// (USD) is listed nowhere in the rates and still counts at 1.
const FACTS = `CREATE TABLE fx_facts AS SELECT * FROM (VALUES
	('day', DATE '2026-05-01', 'US', 'USD', 100.0),
	('day', DATE '2026-05-01', 'BR', 'BRL', 50.0),
	('day', DATE '2026-05-02', 'US', 'USD', 200.0),
	('day', DATE '2026-05-02', 'BR', 'BRL', 60.0),
	('day', DATE '2026-05-02', 'MX', NULL, 7.0)
) t(grain, date, market, currency, spend)`;

beforeAll(async () => {
	engine = await createNodeEngine();
	await engine.exec(FACTS);
	await engine.exec(
		fxTableSql('fx_rates', [{ date: '2026-05-01', currency: 'BRL', rate: 0.2 }], 'USD')
	);
	await engine.exec(`CREATE TABLE fx_full AS SELECT f.*, NULL::VARCHAR AS platform,
		NULL::VARCHAR AS creator_id, NULL::VARCHAR AS content_id, NULL::VARCHAR AS variant,
		0 AS impressions, 0 AS views, 0 AS likes, 0 AS comments, 0 AS shares, 0 AS saves,
		0 AS clicks, 0 AS conversions, 0.0 AS revenue, NULL::DOUBLE AS reach,
		NULL::DOUBLE AS followers FROM fx_facts f`);
});

afterAll(() => engine.close());

const spendByDayAndMarket = async (table: string) =>
	(
		await engine.query(
			`SELECT date::VARCHAR AS day, market, sum(spend) AS spend FROM ${table} GROUP BY ALL ORDER BY 1, 2`
		)
	).map((row) => [row.day, row.market, row.spend]);

describe('money in the reporting currency', () => {
	const expected = [
		['2026-05-01', 'BR', 10],
		['2026-05-01', 'US', 100],
		['2026-05-02', 'BR', null],
		['2026-05-02', 'MX', 7],
		['2026-05-02', 'US', 200]
	];

	it('counts the reporting currency at 1 without a listed rate, and a currency without its day’s rate not at all', async () => {
		await engine.exec(scoringBaseSql('fx_full', 'fx_rates', 'fx_base'));
		expect(await spendByDayAndMarket('fx_base')).toEqual(expected);
	});

	it('converts the daily roll-up the same way', async () => {
		await engine.exec(dailyRollupSql('fx_full', 'fx_rates', 'fx_daily'));
		expect(await spendByDayAndMarket('fx_daily')).toEqual(expected);
	});
});
