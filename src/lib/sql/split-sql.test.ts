import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '$lib/engine/engine';
import { createNodeEngine } from '$lib/engine/node-engine';
import {
	splitCountsSql,
	splitHeaderSql,
	splitProblemsSql,
	splitRowsSql,
	splitVariantsSql
} from './split-sql';

// A daily file: days per market and variant, the variant column named with a quote in it so
// that identifiers must be quoted to be found.
const DAILY = `day,"arm ""x""",market,clicks,impressions
1,A,MX,10,1000
2,A,MX,14,1200
1,B,MX,20,1100
2,B,MX,18,900
1,A,BR,5,400
1,B,BR,9,500
`;
const UNITS = `user,group,converted
1,control,0
2,control,1
3,treatment,yes
4,treatment,2
5,,1
`;

let engine: Engine;
const encode = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
	engine = await createNodeEngine();
	await engine.registerFile('daily.csv', encode(DAILY));
	await engine.registerFile('units.csv', encode(UNITS));
});

afterAll(async () => {
	await engine?.close();
});

describe('split SQL', () => {
	it('reads the header as written', async () => {
		const header = await engine.query(splitHeaderSql('daily.csv'));
		expect(header.map((c) => c.column_name)).toEqual([
			'day',
			'arm "x"',
			'market',
			'clicks',
			'impressions'
		]);
	});

	it('quotes every name and literal it is given', () => {
		const sql = splitRowsSql(
			"it's.csv",
			{ variant: 'arm "x"', metric: 'clicks', denominator: 'impressions', by: 'market' },
			'split rows'
		);
		expect(sql).toContain(`read_csv('it''s.csv', header = true, all_varchar = true)`);
		expect(sql).toContain('trim("arm ""x""") AS variant');
		expect(sql).toContain('CREATE OR REPLACE TABLE "split rows"');
	});

	it('sums per group and variant with the spread of rows the delta method needs', async () => {
		await engine.exec(
			splitRowsSql(
				'daily.csv',
				{ variant: 'arm "x"', metric: 'clicks', denominator: 'impressions', by: 'market' },
				'daily_rows'
			)
		);
		expect(
			await engine.query(splitProblemsSql('daily_rows', { grouped: true, ratio: true }))
		).toEqual([]);
		const counts = await engine.query(splitCountsSql('daily_rows'));
		expect(counts.map((r) => [r.grp, r.variant, r.rows, r.sum_y, r.sum_x])).toEqual([
			['BR', 'A', 1, 5, 400],
			['BR', 'B', 1, 9, 500],
			['MX', 'A', 2, 24, 2200],
			['MX', 'B', 2, 38, 2000]
		]);
		const mxA = counts[2]!;
		// Two rows (10, 1000) and (14, 1200): var y = 8, var x = 20000, cov = 400 (n − 1 = 1).
		expect([mxA.var_y, mxA.var_x, mxA.cov_yx]).toEqual([8, 20000, 400]);
		expect([counts[0]!.var_y, counts[0]!.cov_yx]).toEqual([0, 0]);
		expect(await engine.query(splitVariantsSql('daily_rows'))).toEqual([
			{ variant: 'A', rows: 3 },
			{ variant: 'B', rows: 3 }
		]);
	});

	it('finds each kind of unusable row with its first row and value', async () => {
		await engine.exec(
			splitRowsSql('units.csv', { variant: 'group', metric: 'converted' }, 'unit_rows')
		);
		const problems = await engine.query(
			splitProblemsSql('unit_rows', { grouped: false, ratio: false })
		);
		expect(problems).toEqual([
			{ problem: 'empty_variant', rows: 1, first_row: 5, first_value: null },
			{ problem: 'metric_not_number', rows: 1, first_row: 3, first_value: 'yes' },
			{ problem: 'metric_not_binary', rows: 1, first_row: 4, first_value: '2' }
		]);
	});
});
