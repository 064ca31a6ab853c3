import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '$lib/engine/node-engine';
import type { Engine } from '$lib/engine/engine';
import {
	chooseDateFormat,
	DATE_FORMATS,
	dateFormatCountsSql,
	toDateSql,
	type DateFormatCounts
} from './date-sql';
import { quoteString } from './quote';

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(async () => {
	await engine.close();
});

/** Counts with every format at zero, then the given fields. */
function counts(fields: Partial<DateFormatCounts>): DateFormatCounts {
	const zero = Object.fromEntries(DATE_FORMATS.map((f) => [f.id, 0])) as Record<string, number>;
	return { ...zero, total: 0, firstOver12: 0, secondOver12: 0, ...fields } as DateFormatCounts;
}

/** Loads cells (null for SQL NULL) as table `dates`, column `Data`, and runs the counts query. */
async function countColumn(cells: (string | null)[]): Promise<DateFormatCounts> {
	const values = cells.map((cell) => `(${cell === null ? 'NULL' : quoteString(cell)})`).join(', ');
	await engine.exec(`CREATE OR REPLACE TABLE dates AS SELECT * FROM (VALUES ${values}) t("Data")`);
	const [row] = await engine.query<DateFormatCounts>(dateFormatCountsSql('dates', 'Data'));
	return row!;
}

describe('dateFormatCountsSql', () => {
	it('is one query that reads the column once', () => {
		const sql = dateFormatCountsSql('dates', 'Data');
		expect(sql.match(/FROM "dates"/g)).toHaveLength(1);
		expect(sql.match(/GROUP BY/g)).toHaveLength(1);
		expect(sql).toContain('AS "firstOver12"');
		for (const f of DATE_FORMATS) expect(sql).toContain(`AS "${f.id}"`);
	});

	it('counts the imnotlopes daily series (Série_temporal Data) with its placeholders', async () => {
		const cells = ['ter., 5 de mai. de 2026', 'qua., 6 de mai. de 2026', 'sáb., 9 de mai. de 2026'];
		expect(await countColumn([...cells, 'dom., 10 de mai. de 2026', ' --', null, 'Total'])).toEqual(
			counts({ total: 5, 'day-de-month': 4 })
		);
	});

	it('weights repeated values by how often they occur', async () => {
		const cells = ['2025-05-26', '2025-06-02', '2025-05-26', '2025-05-26', '—'];
		expect(await countColumn(cells)).toEqual(counts({ total: 4, ymd: 4 }));
	});

	it('counts slash dates with a first or a second part over 12', async () => {
		const cells = ['05/03/2026', '13/03/2026', '31/12/2025 10:00', '03/14/2026', '01/02/2026'];
		expect(await countColumn(cells)).toEqual(
			counts({
				total: 5,
				firstOver12: 2,
				secondOver12: 1,
				dmy: 4,
				mdy: 4,
				'dmy-time': 1,
				'mdy-time': 1
			})
		);
	});

	it('counts each shape of a mixed column apart', async () => {
		const cells = [
			'2017-01-21 22:11:48.556739',
			'2017-01-21T22:11:48Z',
			'Sep 20, 2026',
			'20160801',
			'abc',
			'2026-02-31'
		];
		expect(await countColumn(cells)).toEqual(
			counts({
				total: 6,
				ymd: 1,
				'ymd-time': 1,
				'iso-timestamp': 1,
				'month-day-year': 1,
				'ymd-compact': 1
			})
		);
	});
});

describe('chooseDateFormat', () => {
	const id = (choice: ReturnType<typeof chooseDateFormat>) => choice.format?.id ?? null;

	it('picks the format that matches the most values', () => {
		const choice = chooseDateFormat(counts({ total: 10, ymd: 2, 'ymd-time': 8 }), true);
		expect({ ...choice, format: id(choice) }).toEqual({
			format: 'ymd-time',
			ambiguous: false,
			problem: null
		});
	});

	it('reads slash dates day-first when a first part is over 12', () => {
		const choice = chooseDateFormat(counts({ total: 5, dmy: 5, mdy: 5, firstOver12: 1 }), false);
		expect({ ...choice, format: id(choice) }).toEqual({
			format: 'dmy',
			ambiguous: false,
			problem: null
		});
	});

	it('reads slash dates month-first when a second part is over 12', () => {
		const fields = { total: 5, 'dmy-time': 5, 'mdy-time': 5, secondOver12: 2 };
		const choice = chooseDateFormat(counts(fields), true);
		expect({ ...choice, format: id(choice) }).toEqual({
			format: 'mdy-time',
			ambiguous: false,
			problem: null
		});
	});

	it.each([
		[true, 'dmy'],
		[false, 'mdy']
	])('lets the hint (day first: %s) decide when no value does: %s', (hint, expected) => {
		const choice = chooseDateFormat(counts({ total: 3, dmy: 3, mdy: 3 }), hint);
		expect({ ...choice, format: id(choice) }).toEqual({
			format: expected,
			ambiguous: true,
			problem: null
		});
	});

	it('reports mixed day-first and month-first dates, keeping the larger side', () => {
		const fields = { total: 9, dmy: 9, mdy: 9, firstOver12: 4, secondOver12: 1 };
		const choice = chooseDateFormat(counts(fields), false);
		expect(id(choice)).toBe('dmy');
		expect(choice.ambiguous).toBe(false);
		expect(choice.problem).toEqual({
			code: 'problem_import_date_order_mixed',
			params: { dayFirst: 4, monthFirst: 1 }
		});
	});

	it('finds no format for a column of no dates, or of no values', () => {
		expect(chooseDateFormat(counts({ total: 4 }), true)).toEqual({
			format: null,
			ambiguous: false,
			problem: { code: 'problem_import_date_no_format' }
		});
		expect(chooseDateFormat(counts({}), true)).toEqual({
			format: null,
			ambiguous: false,
			problem: { code: 'problem_import_date_no_values' }
		});
	});
});

describe('detecting and reading a column', () => {
	it('reads a day-first column whose dates decide it', async () => {
		const cells = ['05/03/2026', '13/03/2026', '31/04/2026', 'n/a'];
		const choice = chooseDateFormat(await countColumn(cells), false);
		expect(choice.format?.id).toBe('dmy');
		const rows = await engine.query<{ date: string | null }>(
			`SELECT ${toDateSql('"Data"', choice.format!)} AS date FROM dates`
		);
		expect(rows.map((row) => row.date)).toEqual(['2026-03-05', '2026-03-13', null, null]);
	});
});
