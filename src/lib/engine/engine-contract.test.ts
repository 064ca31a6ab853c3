import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableToIPC } from 'apache-arrow';
import { createNodeEngine } from './node-engine';
import { EngineError, type Engine } from './engine';

/**
 * The contract every Engine adapter keeps. It runs here against the Node adapter; the
 * browser adapter is exercised by the end-to-end tests in Chromium.
 */
describe.each([['node (duckdb-wasm blocking)', createNodeEngine]])(
	'Engine contract: %s',
	(_, create) => {
		let engine: Engine;
		beforeAll(async () => {
			engine = await create();
		});
		afterAll(async () => {
			await engine.close();
		});

		it('returns decimals with their scale applied, not as unscaled integers', async () => {
			const [row] = await engine.query(
				`SELECT 1.5::DECIMAL(10,2) AS d, 123.456::DECIMAL(18,3) AS e, -0.01::DECIMAL(4,2) AS f`
			);
			expect(row).toEqual({ d: 1.5, e: 123.456, f: -0.01 });
		});

		it('returns integer sums and counts as plain numbers, never BigInt', async () => {
			const [row] = await engine.query(
				`SELECT sum(x) AS s, count(*) AS c, sum(x)::HUGEINT AS h, 9007199254740991::BIGINT AS big FROM range(1, 101) t(x)`
			);
			expect(row).toEqual({ s: 5050, c: 100, h: 5050, big: 9007199254740991 });
			for (const value of Object.values(row!)) expect(typeof value).toBe('number');
		});

		it('returns sums of decimal columns read from CSV text correctly', async () => {
			await engine.registerFile('money.csv', new TextEncoder().encode('spend\n1.25\n2.50\n0.05\n'));
			const [row] = await engine.query(
				`SELECT sum(spend::DECIMAL(10,2)) AS total FROM read_csv('money.csv')`
			);
			expect(row!.total).toBe(3.8);
			await engine.dropFile('money.csv');
		});

		it('returns dates as ISO strings, nulls as null and text as text', async () => {
			const [row] = await engine.query(
				`SELECT DATE '2026-02-28' AS d, TIMESTAMP '2026-11-02 13:45:00' AS t, NULL::INTEGER AS n, '=HYPERLINK("x")' AS s, true AS b`
			);
			expect(row).toEqual({
				d: '2026-02-28',
				t: '2026-11-02T13:45:00',
				n: null,
				s: '=HYPERLINK("x")',
				b: true
			});
		});

		it('reads a registered file and forgets it once dropped', async () => {
			await engine.registerFile('t.csv', new TextEncoder().encode('a,b\n1,x\n2,y\n'));
			expect(await engine.query(`SELECT a, b FROM read_csv('t.csv') ORDER BY a`)).toEqual([
				{ a: 1, b: 'x' },
				{ a: 2, b: 'y' }
			]);
			await engine.dropFile('t.csv');
			await expect(engine.query(`SELECT * FROM read_csv('t.csv')`)).rejects.toThrow();
		});

		it('loads a table from Arrow IPC and answers Arrow queries', async () => {
			const source = await engine.queryArrow(
				`SELECT x AS id, x * 1.5 AS v, 'm' || x AS label FROM range(3) t(x)`
			);
			expect(source.numRows).toBe(3);
			await engine.loadArrow('loaded', tableToIPC(source, 'stream'));
			expect(
				await engine.query(
					`SELECT sum(v) AS v, string_agg(label, ',' ORDER BY id) AS l FROM loaded`
				)
			).toEqual([{ v: 4.5, l: 'm0,m1,m2' }]);
			await engine.loadArrow('loaded', tableToIPC(source, 'stream'));
			expect(await engine.query(`SELECT count(*) AS n FROM loaded`)).toEqual([{ n: 3 }]);
		});

		it('runs statements and reports failures with the SQL attached', async () => {
			await engine.exec(`CREATE TABLE t_exec AS SELECT 1 AS one`);
			expect(await engine.query(`SELECT one FROM t_exec`)).toEqual([{ one: 1 }]);
			const failure = await engine.query(`SELECT nope FROM t_exec`).catch((e: unknown) => e);
			expect(failure).toBeInstanceOf(EngineError);
			expect((failure as EngineError).sql).toBe(`SELECT nope FROM t_exec`);
		});

		it('does not try to load extensions from the internet', async () => {
			const [row] = await engine.query(
				`SELECT current_setting('autoload_known_extensions') AS autoload`
			);
			expect(row!.autoload).toBe(false);
		});
	}
);
