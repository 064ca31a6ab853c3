import * as aq from 'arquero';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '$lib/engine/node-engine';
import type { Engine } from '$lib/engine/engine';
import type { Ast } from '$lib/domain/metrics/ast';
import {
	BUILT_IN_METRICS,
	BUILT_IN_METRIC_SOURCES,
	FACT_COLUMNS
} from '$lib/domain/metrics/catalog';
import { expandReferences, readFormula } from '$lib/domain/metrics/check';
import { metricsQuerySql, type MetricsQuery } from './metric-sql';
import { quoteDate, quoteIdentifier, quoteString } from './quote';

/**
 * The fixture: 2 markets × 2 days, 3 content items (c1 on Instagram and c2 on TikTok in
 * US, c3 on Instagram in MX), split by variant; one row (US, 2024-05-02, c1, test) has zero
 * impressions; MX on 2024-05-02 has no clicks, so its CPC is no value; TikTok reports no
 * saves (NULL); two rows have no variant (NULL). Reach and followers are running snapshots
 * per content item: the largest value is c1 1100 / 5010, c2 1950 / 12050, c3 950 / 3020.
 * Spend and revenue are in the reporting currency.
 */
const FIXTURE_SQL = `CREATE TABLE facts_fixture (
	date DATE, market VARCHAR, platform VARCHAR, creator_id VARCHAR, content_id VARCHAR, variant VARCHAR,
	impressions BIGINT, views BIGINT, likes BIGINT, comments BIGINT, shares BIGINT, saves BIGINT,
	clicks BIGINT, conversions BIGINT, spend DOUBLE, revenue DOUBLE, reach BIGINT, followers BIGINT
);
INSERT INTO facts_fixture VALUES
	('2024-05-01', 'US', 'instagram', 'cr1', 'c1', 'control', 1000,  400,  50,  5, 3, 2,    20, 2, 10,  30,  800,  5000),
	('2024-05-01', 'US', 'tiktok',    'cr2', 'c2', 'control', 2000, 1500, 100, 10, 8, NULL, 40, 4, 20,  50, 1500, 12000),
	('2024-05-01', 'US', 'tiktok',    'cr2', 'c2', 'test',     300,  250,  12,  1, 1, NULL,  6, 0,  3,   0, 1500, 12000),
	('2024-05-02', 'US', 'instagram', 'cr1', 'c1', 'control',  500,  200,  20,  2, 1, 1,    10, 1,  5,  12, 1100,  5010),
	('2024-05-02', 'US', 'instagram', 'cr1', 'c1', 'test',       0,    0,   3,  0, 0, 0,     0, 0,  0,   0, 1100,  5010),
	('2024-05-02', 'US', 'tiktok',    'cr2', 'c2', 'test',    1500, 1000,  60,  6, 4, NULL, 30, 3, 15,  45, 1900, 12050),
	('2024-05-02', 'US', 'tiktok',    'cr2', 'c2', NULL,       250,  200,   9,  1, 0, NULL,  5, 1, 2.5,  8, 1950, 12050),
	('2024-05-01', 'MX', 'instagram', 'cr3', 'c3', 'control',  800,  300,  40,  4, 2, 3,    16, 1,  8,  20,  600,  3000),
	('2024-05-01', 'MX', 'instagram', 'cr3', 'c3', 'test',     400,  150,  18,  2, 1, 1,     8, 1,  4,  10,  650,  3000),
	('2024-05-01', 'MX', 'instagram', 'cr3', 'c3', NULL,       100,   50,   5,  1, 0, 0,     2, 0,  1,   0,  620,  3000),
	('2024-05-02', 'MX', 'instagram', 'cr3', 'c3', 'control',  600,  250,  30,  3, 2, 2,     0, 0,  6,   0,  900,  3020),
	('2024-05-02', 'MX', 'instagram', 'cr3', 'c3', 'test',     200,  100,  10,  1, 0, 1,     0, 0,  2,   0,  950,  3020)`;

// prettier-ignore
const FIELDS = [
	'date', 'market', 'platform', 'creator_id', 'content_id', 'variant',
	'impressions', 'views', 'likes', 'comments', 'shares', 'saves',
	'clicks', 'conversions', 'spend', 'revenue', 'reach', 'followers'
] as const;
type FactRow = Record<(typeof FIELDS)[number], string | number | null>;

/** The same rows as the VALUES list, for the independent computations below. */
// prettier-ignore
const ROWS: FactRow[] = [
	['2024-05-01', 'US', 'instagram', 'cr1', 'c1', 'control', 1000,  400,  50,  5, 3, 2,    20, 2, 10,  30,  800,  5000],
	['2024-05-01', 'US', 'tiktok',    'cr2', 'c2', 'control', 2000, 1500, 100, 10, 8, null, 40, 4, 20,  50, 1500, 12000],
	['2024-05-01', 'US', 'tiktok',    'cr2', 'c2', 'test',     300,  250,  12,  1, 1, null,  6, 0,  3,   0, 1500, 12000],
	['2024-05-02', 'US', 'instagram', 'cr1', 'c1', 'control',  500,  200,  20,  2, 1, 1,    10, 1,  5,  12, 1100,  5010],
	['2024-05-02', 'US', 'instagram', 'cr1', 'c1', 'test',       0,    0,   3,  0, 0, 0,     0, 0,  0,   0, 1100,  5010],
	['2024-05-02', 'US', 'tiktok',    'cr2', 'c2', 'test',    1500, 1000,  60,  6, 4, null, 30, 3, 15,  45, 1900, 12050],
	['2024-05-02', 'US', 'tiktok',    'cr2', 'c2', null,       250,  200,   9,  1, 0, null,  5, 1, 2.5,  8, 1950, 12050],
	['2024-05-01', 'MX', 'instagram', 'cr3', 'c3', 'control',  800,  300,  40,  4, 2, 3,    16, 1,  8,  20,  600,  3000],
	['2024-05-01', 'MX', 'instagram', 'cr3', 'c3', 'test',     400,  150,  18,  2, 1, 1,     8, 1,  4,  10,  650,  3000],
	['2024-05-01', 'MX', 'instagram', 'cr3', 'c3', null,       100,   50,   5,  1, 0, 0,     2, 0,  1,   0,  620,  3000],
	['2024-05-02', 'MX', 'instagram', 'cr3', 'c3', 'control',  600,  250,  30,  3, 2, 2,     0, 0,  6,   0,  900,  3020],
	['2024-05-02', 'MX', 'instagram', 'cr3', 'c3', 'test',     200,  100,  10,  1, 0, 1,     0, 0,  2,   0,  950,  3020]
].map((values) => Object.fromEntries(FIELDS.map((field, i) => [field, values[i]!])) as FactRow);

// Independent computations over ROWS: plain JS for sums and ratios, arquero for the
// nested "largest value per content item, added up".
type Value = number | null;
const total = (rows: FactRow[], column: string): Value => {
	const values = rows.map((r) => r[column as keyof FactRow]).filter((v) => v !== null);
	return values.length
		? (values.reduce((a, b) => (a as number) + (b as number), 0) as number)
		: null;
};
/** Terms added with missing ones left out, as the compiler does. */
const add = (...terms: Value[]): Value => {
	const present = terms.filter((t): t is number => t !== null);
	return present.length ? present.reduce((a, b) => a + b, 0) : null;
};
const ratio = (a: Value, b: Value): Value => (a === null || b === null || b === 0 ? null : a / b);
const times = (a: Value, k: number): Value => (a === null ? null : a * k);
const perItem = (rows: FactRow[], column: string): Value =>
	rows.length === 0
		? null
		: (aq
				.from(rows)
				.groupby('content_id')
				.rollup({ largest: aq.op.max(column) })
				.rollup({ total: aq.op.sum('largest') })
				.get('total', 0) as number);
const engagements = (rows: FactRow[]) =>
	add(total(rows, 'likes'), total(rows, 'comments'), total(rows, 'shares'), total(rows, 'saves'));

/** Each built-in metric computed without the metric language. */
const REFERENCE: Record<string, (rows: FactRow[]) => Value> = {
	engagements,
	er_impressions: (rows) => ratio(engagements(rows), total(rows, 'impressions')),
	er_views: (rows) => ratio(engagements(rows), total(rows, 'views')),
	er_reach: (rows) => ratio(engagements(rows), perItem(rows, 'reach')),
	er_followers: (rows) => ratio(engagements(rows), perItem(rows, 'followers')),
	ctr: (rows) => ratio(total(rows, 'clicks'), total(rows, 'impressions')),
	cpm: (rows) => times(ratio(total(rows, 'spend'), total(rows, 'impressions')), 1000),
	cpc: (rows) => ratio(total(rows, 'spend'), total(rows, 'clicks')),
	cpe: (rows) => ratio(total(rows, 'spend'), engagements(rows)),
	cpa: (rows) => ratio(total(rows, 'spend'), total(rows, 'conversions')),
	cvr: (rows) => ratio(total(rows, 'conversions'), total(rows, 'clicks')),
	view_rate: (rows) => ratio(total(rows, 'views'), total(rows, 'impressions')),
	roas: (rows) => ratio(total(rows, 'revenue'), total(rows, 'spend')),
	spend: (rows) => total(rows, 'spend'),
	revenue: (rows) => total(rows, 'revenue'),
	impressions: (rows) => total(rows, 'impressions'),
	views: (rows) => total(rows, 'views'),
	clicks: (rows) => total(rows, 'clicks'),
	conversions: (rows) => total(rows, 'conversions'),
	reach: (rows) => perItem(rows, 'reach')
};

/** Two days of MXN rates (reporting-currency units per peso) and a BRL pair to be ignored. */
const FX_SQL = `CREATE TABLE fx_fixture (date DATE, currency VARCHAR, rate DOUBLE);
INSERT INTO fx_fixture VALUES
	('2024-05-01', 'MXN', 0.05), ('2024-05-02', 'MXN', 0.04),
	('2024-05-01', 'BRL', 0.2), ('2024-05-02', 'BRL', 0.25)`;

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
	await engine.exec(FIXTURE_SQL);
	await engine.exec(FX_SQL);
});
afterAll(async () => {
	await engine.close();
});

/** Parses, checks and expands a formula; throws on any error so a typo in a test shows. */
function tree(formula: string): Ast {
	const read = readFormula(formula, { columns: FACT_COLUMNS, metrics: BUILT_IN_METRIC_SOURCES });
	if (!read.ok) throw new Error(`${formula}: ${JSON.stringify(read.errors)}`);
	return expandReferences(read.ast, BUILT_IN_METRIC_SOURCES);
}

function sql(metrics: Record<string, string>, options: Partial<MetricsQuery> = {}): string {
	return metricsQuerySql({
		relation: 'facts_fixture',
		metrics: Object.entries(metrics).map(([id, formula]) => ({ id, ast: tree(formula) })),
		groupBy: [],
		where: '',
		...options
	});
}

function expectClose(actual: unknown, expected: Value) {
	if (expected === null) expect(actual).toBeNull();
	else expect(actual).toBeCloseTo(expected, 9);
}

const ALL_BUILT_INS = Object.fromEntries(BUILT_IN_METRICS.map((m) => [m.id, m.id]));

describe('the fixture', () => {
	it('holds the same rows as the JS array the expected values come from', async () => {
		const rows = await engine.query(`SELECT * FROM facts_fixture`);
		expect(rows).toEqual(ROWS);
	});

	it('has a reference computation for every built-in metric', () => {
		expect(Object.keys(REFERENCE).sort()).toEqual(BUILT_IN_METRICS.map((m) => m.id).sort());
	});
});

describe('metricsQuerySql: SQL text', () => {
	it('writes a ratio of sums with division guarded against zero', async () => {
		const text = sql({ ctr: 'sum(clicks) / sum(impressions)' });
		expect(text).toBe(`WITH metric_rows AS (
	SELECT * FROM "facts_fixture"
),
metric_totals AS (
	SELECT sum("clicks") AS "a0", sum("impressions") AS "a1"
	FROM metric_rows
)
SELECT CAST(t."a0" / nullif(t."a1", 0) AS DOUBLE) AS "ctr"
FROM metric_totals t`);
		expect(await engine.query(text)).toEqual([{ ctr: 137 / 7650 }]);
	});

	it('groups, filters with the caller’s condition and orders by the group keys', async () => {
		const text = sql(
			{ rows: 'count()' },
			{ groupBy: ['market'], where: `${quoteIdentifier('date')} = ${quoteDate('2024-05-01')}` }
		);
		expect(text).toBe(`WITH metric_rows AS (
	SELECT * FROM "facts_fixture" WHERE "date" = DATE '2024-05-01'
),
metric_totals AS (
	SELECT "market", count(*) AS "a0"
	FROM metric_rows
	GROUP BY "market"
)
SELECT t."market",
	CAST(t."a0" AS DOUBLE) AS "rows"
FROM metric_totals t
ORDER BY t."market"`);
		expect(await engine.query(text)).toEqual([
			{ market: 'MX', rows: 3 },
			{ market: 'US', rows: 3 }
		]);
	});

	it('writes + and - as a sum of terms', async () => {
		const text = sql({ net: 'sum(likes) - sum(saves) * 2' });
		expect(text).toContain(`CAST(list_sum([t."a0", -(t."a1" * 2)]) AS DOUBLE) AS "net"`);
		// likes 357, saves 10 over the fixture.
		expect(await engine.query(text)).toEqual([{ net: 357 - 2 * 10 }]);
	});

	it('computes an aggregate shared by several metrics once', async () => {
		const text = sql({
			ctr: 'sum(clicks) / sum(impressions)',
			view_rate: 'sum(views) / sum(impressions)',
			impressions: 'sum(impressions)'
		});
		expect(text.split('sum("impressions")')).toHaveLength(2);
		const [row] = await engine.query(text);
		expect(row).toEqual({ ctr: 137 / 7650, view_rate: 4400 / 7650, impressions: 7650 });
	});

	it('computes a nested aggregate in its own CTEs joined on the group keys', () => {
		const text = sql({ reach: 'reach' }, { groupBy: ['market'] });
		expect(text).toContain(`per_0 AS (
	SELECT "market", "content_id", max("reach") AS "i0"
	FROM metric_rows
	GROUP BY "market", "content_id"
),
nested_0 AS (
	SELECT "market", sum("i0") AS "n0"
	FROM per_0
	GROUP BY "market"
)`);
		expect(text).toContain(`LEFT JOIN nested_0 n0 ON t."market" IS NOT DISTINCT FROM n0."market"`);
	});

	it('refuses a tree with a metric reference left in it', () => {
		const reference: Ast = { type: 'metric', id: 'ctr', start: 0, end: 3 };
		expect(() =>
			metricsQuerySql({
				relation: 'facts_fixture',
				metrics: [{ id: 'x', ast: reference }],
				groupBy: [],
				where: ''
			})
		).toThrow('expand the reference to metric ctr first');
	});
});

/** ROWS split by the values of `keys`, keyed like the query's rows. */
function groupsOf(keys: (keyof FactRow)[]): Map<string, FactRow[]> {
	const groups = new Map<string, FactRow[]>();
	for (const row of ROWS) {
		const key = JSON.stringify(keys.map((k) => row[k]));
		groups.set(key, [...(groups.get(key) ?? []), row]);
	}
	return groups;
}

describe('metricsQuerySql: every built-in metric against an independent computation', () => {
	it.each(BUILT_IN_METRICS.map((m) => m.id))('%s over all rows', async (id) => {
		const rows = await engine.query(sql({ [id]: id }));
		expect(rows).toHaveLength(1);
		expectClose(rows[0]![id], REFERENCE[id]!(ROWS));
	});

	it.each([
		[['market']],
		[['market', 'date']],
		[['platform']],
		[['variant']],
		[['content_id']]
	] as const)('all built-ins in one query grouped by %j', async (keys) => {
		const rows = await engine.query(sql(ALL_BUILT_INS, { groupBy: [...keys] }));
		const groups = groupsOf([...keys]);
		// One row per group, NULL keys included.
		expect(rows).toHaveLength(groups.size);
		for (const row of rows) {
			const members = groups.get(JSON.stringify(keys.map((k) => row[k])));
			expect(members, JSON.stringify(row)).toBeDefined();
			for (const id of Object.keys(REFERENCE)) expectClose(row[id], REFERENCE[id]!(members!));
		}
	});

	it('gives CPC and conversion rate no value where a market-day has no clicks', async () => {
		const rows = await engine.query(
			sql({ cpc: 'cpc', cvr: 'cvr' }, { groupBy: ['market', 'date'] })
		);
		expect(rows).toEqual([
			{ market: 'MX', date: '2024-05-01', cpc: 13 / 26, cvr: 2 / 26 },
			{ market: 'MX', date: '2024-05-02', cpc: null, cvr: null },
			{ market: 'US', date: '2024-05-01', cpc: 33 / 66, cvr: 6 / 66 },
			{ market: 'US', date: '2024-05-02', cpc: 22.5 / 45, cvr: 5 / 45 }
		]);
	});

	it('counts reach once per content item, by hand', async () => {
		// c1 max 1100, c2 max 1950 in US; c3 max 950 in MX.
		const rows = await engine.query(
			sql(
				{ reach: 'reach', followers: 'sum(max(followers) by content_id)' },
				{ groupBy: ['market'] }
			)
		);
		expect(rows).toEqual([
			{ market: 'MX', reach: 950, followers: 3020 },
			{ market: 'US', reach: 1100 + 1950, followers: 5010 + 12050 }
		]);
	});
});

describe('metricsQuerySql: values at the edges', () => {
	it('gives no value, not an error or infinity, when dividing by zero', async () => {
		// The one row with zero impressions: US, 2024-05-02, c1, variant test.
		const where = [
			`${quoteIdentifier('content_id')} = ${quoteString('c1')}`,
			`${quoteIdentifier('variant')} = ${quoteString('test')}`
		].join(' AND ');
		const rows = await engine.query(
			sql({ er: 'er_impressions', cpm: 'cpm', x: '1 / (sum(likes) - 3)' }, { where })
		);
		expect(rows).toEqual([{ er: null, cpm: null, x: null }]);
	});

	it('gives no value for aggregates over no rows, except count which gives 0', async () => {
		const rows = await engine.query(
			sql(
				{
					spend: 'spend',
					reach: 'reach',
					er_reach: 'er_reach',
					rows: 'count()',
					items: 'count_distinct(content_id)'
				},
				{ where: 'FALSE' }
			)
		);
		expect(rows).toEqual([{ spend: null, reach: null, er_reach: null, rows: 0, items: 0 }]);
	});

	it('leaves a missing term out of a sum: TikTok reports no saves, yet has engagements', async () => {
		const rows = await engine.query(
			sql({ engagements: 'engagements', saves: 'sum(saves)' }, { groupBy: ['platform'] })
		);
		// instagram: likes 176, comments 18, shares 9, saves 10; tiktok: 181 + 18 + 13, no saves.
		expect(rows).toEqual([
			{ platform: 'instagram', engagements: 176 + 18 + 9 + 10, saves: 10 },
			{ platform: 'tiktok', engagements: 181 + 18 + 13, saves: null }
		]);
	});

	// [formula, expected over all rows, how it was worked out]
	const VALUES: [string, number][] = [
		['count()', 12],
		['count(*)', 12],
		['count(saves)', 8], // rows where saves is reported
		['count_distinct(content_id)', 3],
		['count_distinct(creator_id) * 2', 6],
		['avg(spend)', 76.5 / 12],
		['min(impressions)', 0],
		['max(followers)', 12050],
		['sum(likes + saves)', 357 + 10], // the row-level sum also leaves missing terms out
		['sum(max(likes) by content_id)', 50 + 100 + 40],
		['avg(sum(impressions) by date)', 7650 / 2],
		['-sum(clicks)', -137],
		['- -sum(clicks)', 137], // `--` would start a SQL comment
		['sum(clicks) - -1', 138],
		['-(sum(clicks) - 137) + 1e3', 1000],
		['sum(spend) / sum(clicks) / 2', 76.5 / 137 / 2],
		['sum(spend) / (sum(clicks) / 2)', 76.5 / (137 / 2)]
	];

	it.each(VALUES)('%s = %d', async (formula, expected) => {
		const [row] = await engine.query(sql({ value: formula }));
		expect(row!.value).toBeCloseTo(expected, 9);
	});
});

describe('metricsQuerySql: money', () => {
	const money = { fx: 'fx_fixture', currency: 'MXN' };

	it('converts spend and revenue into the asked currency at each day’s rate', async () => {
		// Spend: day 1 46 / 0.05 = 920, day 2 30.5 / 0.04 = 762.5. Revenue: day 1 110 / 0.05
		// = 2200, day 2 65 / 0.04 = 1625. Impressions are not money: 7650.
		const rows = await engine.query(
			sql(
				{
					spend: 'spend',
					revenue: 'revenue',
					cpm: 'cpm',
					roas: 'roas',
					impressions: 'impressions'
				},
				{ money }
			)
		);
		expect(rows).toHaveLength(1);
		expectClose(rows[0]!.spend, 920 + 762.5);
		expectClose(rows[0]!.revenue, 2200 + 1625);
		expectClose(rows[0]!.cpm, ((920 + 762.5) / 7650) * 1000);
		expectClose(rows[0]!.roas, (2200 + 1625) / (920 + 762.5));
		expect(rows[0]!.impressions).toBe(7650);
	});

	it('converts per day within each group', async () => {
		const rows = await engine.query(sql({ spend: 'spend' }, { money, groupBy: ['market'] }));
		// MX: 13 / 0.05 + 8 / 0.04; US: 33 / 0.05 + 22.5 / 0.04.
		expect(rows.map((r) => r.market)).toEqual(['MX', 'US']);
		expectClose(rows[0]!.spend, 260 + 200);
		expectClose(rows[1]!.spend, 660 + 562.5);
	});

	it('uses money as it is when no conversion is asked', async () => {
		const rows = await engine.query(sql({ spend: 'spend' }, { money: null }));
		expect(rows).toEqual([{ spend: 76.5 }]);
	});
});

describe('metricsQuerySql: no text reaches SQL unquoted', () => {
	const attack = `likes") AS x FROM facts_fixture; DROP TABLE facts_fixture; --`;
	const stillThere = async () =>
		expect(await engine.query(`SELECT count(*) AS n FROM facts_fixture`)).toEqual([{ n: 12 }]);

	it('the parser refuses quotes and semicolons in a formula', () => {
		const read = readFormula(`sum(${attack})`, {
			columns: FACT_COLUMNS,
			metrics: BUILT_IN_METRIC_SOURCES
		});
		expect(read.ok).toBe(false);
	});

	it('a column name in a hand-built tree is quoted as one identifier', async () => {
		const ast: Ast = {
			type: 'aggregate',
			fn: 'sum',
			by: null,
			arg: { type: 'column', name: attack, start: 4, end: 4 + attack.length },
			start: 0,
			end: attack.length + 5
		};
		const text = metricsQuerySql({
			relation: 'facts_fixture',
			metrics: [{ id: 'x', ast }],
			groupBy: [],
			where: ''
		});
		expect(text).toContain(`sum("likes"") AS x FROM facts_fixture; DROP TABLE facts_fixture; --")`);
		await expect(engine.query(text)).rejects.toThrow(/not found|does not have a column/i);
		await stillThere();
	});

	it('group keys, metric ids and the relation are quoted as identifiers', async () => {
		await expect(engine.query(sql({ ctr: 'ctr' }, { groupBy: [attack] }))).rejects.toThrow();
		await expect(engine.query(sql({ ctr: 'ctr' }, { relation: attack }))).rejects.toThrow();
		await stillThere();
		const rows = await engine.query(sql({ [attack]: 'count()' }));
		expect(rows).toEqual([{ [attack]: 12 }]);
	});

	it('the currency is quoted as a string', async () => {
		const money = { fx: 'fx_fixture', currency: `MXN' OR TRUE --` };
		const rows = await engine.query(sql({ spend: 'spend' }, { money }));
		// No such currency: nothing converts, so nothing is counted.
		expect(rows).toEqual([{ spend: null }]);
	});
});

describe('metricsQuerySql: totals from a coarser roll-up', () => {
	// The fixture summed per day, market and platform: what the app's daily roll-up keeps.
	const DAILY_SQL = `CREATE OR REPLACE TABLE daily_fixture AS
		SELECT date, market, platform, sum(impressions) AS impressions, sum(views) AS views,
			sum(likes) AS likes, sum(comments) AS comments, sum(shares) AS shares, sum(saves) AS saves,
			sum(clicks) AS clicks, sum(conversions) AS conversions, sum(spend) AS spend,
			sum(revenue) AS revenue
		FROM facts_fixture GROUP BY ALL`;

	it('gives every built-in metric the same value, by market, with and without money conversion', async () => {
		await engine.exec(DAILY_SQL);
		for (const money of [null, { fx: 'fx_fixture', currency: 'MXN' }]) {
			const options = { groupBy: ['market'], money, where: `"date" >= DATE '2024-05-01'` };
			const plain = await engine.query(sql(ALL_BUILT_INS, options));
			const coarse = await engine.query(
				sql(ALL_BUILT_INS, { ...options, totalsRelation: 'daily_fixture' })
			);
			expect(coarse).toHaveLength(plain.length);
			coarse.forEach((row, i) => {
				for (const [key, value] of Object.entries(plain[i]!)) {
					if (typeof value === 'number') expect(row[key]).toBeCloseTo(value, 9);
					else expect(row[key]).toEqual(value);
				}
			});
		}
	});

	it('reads the roll-up only when every plain aggregate is a sum of one additive measure', () => {
		const summed = sql({ ctr: 'ctr' }, { totalsRelation: 'daily_fixture' });
		expect(summed).toContain('FROM "daily_fixture"');
		// A row count or an average per row changes meaning on a roll-up: the facts are read.
		for (const formula of ['count()', 'avg(likes)', 'max(likes)', 'sum(likes * 2)']) {
			expect(sql({ m: formula }, { totalsRelation: 'daily_fixture' })).not.toContain(
				'daily_fixture'
			);
		}
	});
});
