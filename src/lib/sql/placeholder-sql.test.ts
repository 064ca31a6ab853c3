import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '$lib/engine/node-engine';
import type { Engine } from '$lib/engine/engine';
import { isMissingSql, MISSING_PLACEHOLDERS } from './placeholder-sql';
import { quoteString } from './quote';

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(async () => {
	await engine.close();
});

/** Evaluates isMissingSql on each cell (null for SQL NULL) in one VALUES table. */
async function missing(cells: (string | null)[]): Promise<boolean[]> {
	const values = cells.map((cell, i) => `(${i}, ${cell === null ? 'NULL' : quoteString(cell)})`);
	const rows = await engine.query<{ missing: boolean }>(
		`SELECT ${isMissingSql('"Custo"')} AS missing FROM (VALUES ${values.join(', ')}) t(i, "Custo") ORDER BY i`
	);
	return rows.map((row) => row.missing);
}

describe('isMissingSql', () => {
	it('builds one boolean expression over the quoted column', () => {
		const sql = isMissingSql('"Custo / conv."');
		expect(sql).toMatch(
			/^\("Custo \/ conv\." IS NULL OR regexp_full_match\("Custo \/ conv\.", '.*'\)\)$/
		);
	});

	it('treats NULL and every listed placeholder as missing', async () => {
		expect(await missing([null, ...MISSING_PLACEHOLDERS])).toEqual(
			Array(MISSING_PLACEHOLDERS.length + 1).fill(true)
		);
	});

	it.each([
		[' --', 'Google Ads report cells'],
		['—', 'Google Ads chart exports (em dash)'],
		['–', 'en dash'],
		['  N/A ', 'upper case between spaces'],
		['NaN', 'pandas in Global_YouTube_Statistics.csv'],
		['NaN%', 'a missing rate in top_insta_influencers_data.csv'],
		['(not set)', 'Google Analytics'],
		['NULL', 'database dumps'],
		['None', 'Python'],
		['\u00a0--\u202f', 'no-break and narrow no-break spaces']
	])('treats %j as missing (%s)', async (cell) => {
		expect(await missing([cell])).toEqual([true]);
	});

	it.each([['0'], ['-5'], ['---'], ['n/a x'], ['nada'], ['not set'], ['R$ 0,00'], ['-%5']])(
		'keeps %j as a value',
		async (cell) => {
			expect(await missing([cell])).toEqual([false]);
		}
	);
});
