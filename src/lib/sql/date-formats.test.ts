import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '$lib/engine/node-engine';
import type { Engine } from '$lib/engine/engine';
import { DATE_FORMATS, type DateFormatId } from './date-formats';
import { dateShapeMatchesSql, toDateSql } from './date-sql';
import { quoteString } from './quote';

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(async () => {
	await engine.close();
});

const format = (id: DateFormatId) => DATE_FORMATS.find((f) => f.id === id)!;

/** Reads one cell in one format: its DATE (as an ISO string) and whether the shape matched. */
async function read(cell: string | null, id: DateFormatId) {
	const value = cell === null ? 'NULL' : quoteString(cell);
	const [row] = await engine.query<{ date: string | null; shape: boolean | null }>(
		`SELECT ${toDateSql('"Data"', format(id))} AS date, ${dateShapeMatchesSql('"Data"', format(id))} AS shape ` +
			`FROM (VALUES (${value})) t("Data")`
	);
	return row;
}

describe('DATE_FORMATS', () => {
	it('has unique ids and the labels reported to users', () => {
		expect(new Set(DATE_FORMATS.map((f) => f.id)).size).toBe(DATE_FORMATS.length);
		expect(DATE_FORMATS.map((f) => f.label)).toEqual([
			'%Y-%m-%d',
			'%Y-%m-%d %H:%M:%S',
			'%Y-%m-%dT%H:%M:%S',
			'%d/%m/%Y',
			'%m/%d/%Y',
			'%d/%m/%Y %H:%M',
			'%m/%d/%Y %H:%M',
			'%b %d, %Y',
			'%d de %b de %Y',
			'%d %b %Y',
			'%B %d',
			'%d de %B',
			'%d %b',
			'%Y%m%d'
		]);
	});

	it('pairs every slash shape with a day-first and a month-first reading', () => {
		const slash = DATE_FORMATS.filter((f) => f.order);
		for (const f of slash) {
			const orders = slash.filter((g) => g.shape === f.shape).map((g) => g.order);
			expect(orders.sort()).toEqual(['day-first', 'month-first']);
		}
	});
});

describe('toDateSql', () => {
	it('checks the shape before reading, so another shape gives NULL', () => {
		expect(toDateSql('"Data"', format('dmy'))).toMatch(
			/^\(CASE WHEN regexp_full_match\("Data", '[^']+'\) THEN try_strptime\("Data", '%d\/%m\/%Y'\)::DATE END\)$/
		);
	});

	// [cell, format, ISO date, where it is from]
	it.each([
		['2025-05-26', 'ymd', '2025-05-26', 'google_ads_ptbr_sunmotors Semana'],
		['2026-01-31', 'ymd', '2026-01-31', 'meta_ads_ptbr_sunmotors Dia'],
		[' 2026-5-5 ', 'ymd', '2026-05-05', 'one-digit month and day, spaces around'],
		['2017-01-21 22:11:48.556739', 'ymd-time', '2017-01-21', 'ab_data timestamp'],
		['2017-01-02 13:42:05', 'ymd-time', '2017-01-02', 'no fraction'],
		['2026-05-05 09:30', 'ymd-time', '2026-05-05', 'no seconds'],
		['2017-01-21T23:11:48.5+05:00', 'iso-timestamp', '2017-01-21', 'offset kept as written'],
		['2026-09-20T00:00:00Z', 'iso-timestamp', '2026-09-20', 'UTC'],
		['05/03/2026', 'dmy', '2026-03-05', 'Brazil and Mexico'],
		['5/3/2026', 'dmy', '2026-03-05', 'no leading zeros'],
		['05/03/2026', 'mdy', '2026-05-03', 'United States'],
		['05/03/2026 14:30', 'dmy-time', '2026-03-05', 'day-first with time'],
		['03/05/2026 14:30', 'mdy-time', '2026-03-05', 'Instagram Publish time MM/DD/YYYY HH:mm'],
		['12/31/2025 11:59 PM', 'mdy-time', '2025-12-31', '12-hour clock'],
		['Sep 20, 2026', 'month-day-year', '2026-09-20', 'YouTube Studio'],
		['Mon, Sep 20, 2026', 'month-day-year', '2026-09-20', 'weekday prefix'],
		['June 1, 2025', 'month-day-year', '2025-06-01', 'full month name'],
		['ter., 5 de mai. de 2026', 'day-de-month', '2026-05-05', 'imnotlopes Série_temporal Data'],
		[
			'sáb., 9 de mai. de 2026',
			'day-de-month',
			'2026-05-09',
			'imnotlopes Gráfico_de_série_temporal'
		],
		['dom., 10 de mai. de 2026', 'day-de-month', '2026-05-10', 'imnotlopes Série_temporal Data'],
		['1 de junho de 2025', 'day-de-month', '2025-06-01', 'sunmotors preamble'],
		['5 de MAIO de 2026', 'day-de-month', '2026-05-05', 'upper case'],
		['martes, 5 de mayo de 2026', 'day-de-month', '2026-05-05', 'Spanish weekday'],
		['1 de noviembre de 2025', 'day-de-month', '2025-11-01', 'Spanish'],
		['3 de set. de 2025', 'day-de-month', '2025-09-03', 'Portuguese September'],
		['vie, 28 feb 2025', 'day-month-year', '2025-02-28', 'Spanish weekday, no "de"'],
		['28 Feb 2025', 'day-month-year', '2025-02-28', 'British'],
		['mié., 1 ene. 2025', 'day-month-year', '2025-01-01', 'Spanish abbreviations with dots'],
		['28-feb-2025', 'day-month-year', '2025-02-28', 'dashes'],
		['Tue, Sep 2, 2025', 'month-day-year', '2025-09-02', 'English weekday'],
		['20160913', 'ymd-compact', '2016-09-13', 'ga_merch_store_all_sessions date'],
		['20170421', 'ymd-compact', '2017-04-21', 'ga_merch_store_all_sessions date']
	] as [string, DateFormatId, string, string][])(
		'reads %j as %s: %s (%s)',
		async (cell, id, iso) => {
			expect(await read(cell, id)).toEqual({ date: iso, shape: true });
		}
	);

	it.each([
		['2026-02-31', 'ymd'],
		['2025-02-29', 'ymd'],
		['2026-13-01', 'ymd'],
		['2026-04-31 10:00:00', 'ymd-time'],
		['31/04/2026', 'dmy'],
		['29/02/2025', 'dmy'],
		['13/05/2026', 'mdy'],
		['31/02/2026 10:00', 'dmy-time'],
		['Feb 30, 2026', 'month-day-year'],
		['31 de abr. de 2026', 'day-de-month'],
		['29 feb 2025', 'day-month-year'],
		['20161301', 'ymd-compact'],
		['20160231', 'ymd-compact']
	] as [string, DateFormatId][])(
		'gives NULL for %j, a %s shape naming no day',
		async (cell, id) => {
			expect(await read(cell, id)).toEqual({ date: null, shape: true });
		}
	);

	it.each([
		['abc', 'ymd'],
		['2026/05/05', 'ymd'],
		['2026-05-05', 'dmy'],
		['05/03/26', 'dmy'],
		['2017-01-21 22:11:48', 'ymd'],
		['2017-01-21T22:11:48', 'ymd-time'],
		['05/03/2026', 'dmy-time'],
		['Foo 20, 2026', 'month-day-year'],
		['5 de maio 2026', 'day-de-month'],
		['2016091', 'ymd-compact'],
		['--', 'ymd']
	] as [string, DateFormatId][])('gives NULL for %j, not a %s shape', async (cell, id) => {
		expect(await read(cell, id)).toEqual({ date: null, shape: false });
	});

	it('gives NULL for a NULL cell', async () => {
		expect(await read(null, 'ymd')).toEqual({ date: null, shape: null });
	});
});
