import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '$lib/engine/node-engine';
import type { Engine } from '$lib/engine/engine';
import { chooseDecimal, detectDecimalSql, toNumberSql, type DecimalSeparator } from './number-sql';
import { isMissingSql } from './placeholder-sql';
import { quoteString } from './quote';

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(async () => {
	await engine.close();
});

const NBSP = '\u00a0';

/** Reads each cell with toNumberSql in one query over a VALUES table, in order. */
async function read(cells: (string | null)[], decimal: DecimalSeparator) {
	const values = cells.map((cell, i) => `(${i}, ${cell === null ? 'NULL' : quoteString(cell)})`);
	const rows = await engine.query<{ value: number | null; missing: boolean }>(
		`SELECT ${toNumberSql('"Custo"', decimal)} AS value, ${isMissingSql('"Custo"')} AS missing ` +
			`FROM (VALUES ${values.join(', ')}) t(i, "Custo") ORDER BY i`
	);
	return rows;
}

// [cell as the CSV reader hands it (quotes stripped), decimal separator, value, where it is from]
const READABLE: [string, DecimalSeparator, number, string][] = [
	['15,00', ',', 15, 'google_ads_ptbr_sunmotors Orçamento'],
	['106,84', ',', 106.84, 'google_ads_ptbr_sunmotors Custo'],
	['4.960', ',', 4960, 'google_ads_ptbr_sunmotors Impr.'],
	['34.279', ',', 34279, 'google_ads_ptbr_sunmotors Impr.'],
	['2.949', ',', 2949, 'EXPORT-FORMATS Google Ads pt'],
	['1,65%', ',', 0.0165, 'google_ads_ptbr_sunmotors Taxa de interação'],
	['10,82%', ',', 0.1082, 'EXPORT-FORMATS Google Ads pt'],
	['100,00%', ',', 1, 'google_ads_ptbr_imnotlopes Taxa de conv.'],
	[`R$${NBSP}12,28`, ',', 12.28, 'google_ads_ptbr_imnotlopes Série_temporal Custo'],
	[`R$${NBSP}0,00`, ',', 0, 'google_ads_ptbr_imnotlopes Gráfico_de_série_temporal CPC méd.'],
	['+65', ',', 65, 'google_ads_ptbr_imnotlopes Maiores_alterações'],
	['1.234,56', ',', 1234.56, 'decimal comma with thousands'],
	['-3,5', ',', -3.5, 'negative decimal comma'],
	['1,204', ',', 1.204, 'a comma file reads 1,204 as a fraction'],
	['€ 3,50', ',', 3.5, 'euro sign and a space'],
	['12,28 BRL', ',', 12.28, 'currency code after'],
	['-R$ 5,00', ',', -5, 'sign before the currency'],
	['R$ -5,00', ',', -5, 'sign after the currency'],
	['0,5', ',', 0.5, 'leading zero'],
	['2,28,00,00,00,000', '.', 228000000000, 'Global_YouTube_Statistics video views'],
	['4,39,098', '.', 439098, 'Global_YouTube_Statistics video views'],
	['2,634', '.', 2634, 'Global_YouTube_Statistics video views'],
	['3.3k', '.', 3300, 'top_insta_influencers_data posts'],
	['0.89k', '.', 890, 'top_insta_influencers_data posts'],
	['475.8m', '.', 475800000, 'top_insta_influencers_data followers'],
	['29.0b', '.', 29000000000, 'top_insta_influencers_data total_likes'],
	['1.39%', '.', 0.0139, 'top_insta_influencers_data 60d_eng_rate'],
	['8.7M', '.', 8700000, 'upper-case suffix'],
	['9844.21', '.', 9844.21, 'meta_ads_ptbr_sunmotors Valor usado (BRL)'],
	['3.72580472', '.', 3.72580472, 'meta_ads_ptbr_sunmotors Frequência'],
	['1.429999948', '.', 1.429999948, 'KAG_conversion_data Spent'],
	['2.81772E+18', '.', 2.81772e18, 'ga_merch_store_all_sessions fullVisitorId'],
	['$172.45', '.', 172.45, 'EXPORT-FORMATS Google Ads en'],
	['1,204', '.', 1204, 'EXPORT-FORMATS Google Ads en'],
	['1,234.56', '.', 1234.56, 'decimal point with thousands'],
	['2.949', '.', 2.949, 'a point file reads 2.949 as a fraction'],
	['US$ 3', '.', 3, 'dollar with a country prefix'],
	['MX$1,200.50', '.', 1200.5, 'Mexican peso prefix'],
	[' 12 ', '.', 12, 'spaces around'],
	[`1${NBSP}234,5`, ',', 1234.5, 'no-break space grouping'],
	['1\u2009234,5', ',', 1234.5, 'thin space grouping']
];

describe('toNumberSql', () => {
	it('reads a plain number with one regexp test and one cast before any rewriting', () => {
		const sql = toNumberSql('"Custo"', '.');
		expect(sql).toMatch(
			/^\(CASE WHEN regexp_full_match\("Custo", '[^']*'\) THEN TRY_CAST\("Custo" AS DOUBLE\) WHEN /
		);
		expect(toNumberSql('"Custo"', ',')).toMatch(
			/^\(CASE WHEN regexp_full_match\("Custo", '[^']*'\) THEN TRY_CAST\(replace\("Custo", ',', '\.'\) AS DOUBLE\) WHEN /
		);
	});

	it('keeps a point out of the decimal-comma plain path, so 2.949 is never read as 2.949', () => {
		const plainPattern = /regexp_full_match\("Custo", '([^']*)'\)/.exec(
			toNumberSql('"Custo"', ',')
		)![1]!;
		expect(plainPattern).not.toContain('.');
	});

	it.each(READABLE)('reads %j with decimal %j as %d (%s)', async (cell, decimal, expected) => {
		const [row] = await read([cell], decimal);
		expect(row).toEqual({ value: expected, missing: false });
	});

	it.each([
		['abc', '.'],
		['12a', '.'],
		['1.2.3,4,5', '.'],
		['1.2.3,4,5', ','],
		['--5', '.'],
		['+-5', '.'],
		['inf', '.'],
		['1_000', '.'],
		['1e400', '.'],
		['12,3,4', '.'],
		['1.234,56', '.'],
		['1,234.56', ','],
		['9844.21', ','],
		['3.3k', ','],
		['5 kg', '.'],
		['R$ R$ 5', ',']
	] as [string, DecimalSeparator][])(
		'gives NULL for unreadable %j with decimal %j',
		async (cell, decimal) => {
			const [row] = await read([cell], decimal);
			expect(row).toEqual({ value: null, missing: false });
		}
	);

	it.each([[null], [' --'], ['—'], ['nan'], ['NaN%'], ['']])(
		'gives NULL for missing %j, which isMissingSql flags',
		async (cell) => {
			const [row] = await read([cell], ',');
			expect(row).toEqual({ value: null, missing: true });
		}
	);

	it('reads a whole column in one query, in order', async () => {
		const rows = await read(['12,87', ' --', '4.960', `R$${NBSP}4,09`, 'x'], ',');
		expect(rows.map((row) => row.value)).toEqual([12.87, null, 4960, 4.09, null]);
	});
});

describe('detectDecimalSql', () => {
	/** Runs the detection on named columns of cells; shorter columns are padded with NULL. */
	async function detect(columns: Record<string, string[]>) {
		const names = Object.keys(columns);
		const length = Math.max(...names.map((name) => columns[name]!.length));
		const rows = Array.from({ length }, (_, i) =>
			names.map((name) => {
				const cell = columns[name]![i];
				return cell === undefined ? 'NULL' : quoteString(cell);
			})
		);
		const header = names.map((name) => `"${name}"`).join(', ');
		await engine.exec(
			`CREATE OR REPLACE TABLE cells AS SELECT * FROM (VALUES ${rows.map((r) => `(${r.join(', ')})`).join(', ')}) t(${header})`
		);
		const [counts] = await engine.query<{ comma: number; point: number }>(
			detectDecimalSql('cells', names)
		);
		return counts;
	}

	it('is one aggregate query over the table', () => {
		const sql = detectDecimalSql('cells', ['Custo', 'Impr.']);
		expect(sql.match(/SELECT/g)).toHaveLength(1);
		expect(sql).toContain('FROM "cells"');
		expect(sql).toContain('regexp_full_match("Impr.", ');
	});

	it('counts comma and point evidence and leaves ambiguous cells out', async () => {
		const counts = await detect({
			comma: ['30,36', '1.234,56', '0,5', '0,500', '1.234.567', `R$${NBSP}12,28`, '10,82%'],
			point: ['9844.21', '1,234.56', '0.5', '2,28,00,00,00,000', '1.39%', '3.3k'],
			neither: ['2.949', '1,204', '12', ' --', '—', 'abc']
		});
		expect(counts).toEqual({ comma: 7, point: 6 });
	});

	it('finds a decimal comma in a Google Ads pt-BR report', async () => {
		const counts = await detect({
			Orçamento: ['15,00', '9,00'],
			Custo: ['12,87', '106,84', '0,00'],
			'Impr.': ['4.960', '34.279', '0'],
			'Taxa de interação': ['1,65%', ' --', '2,05%']
		});
		expect(counts).toEqual({ comma: 7, point: 0 });
		expect(chooseDecimal(counts!, '.')).toBe(',');
	});

	it('finds a decimal point in Meta, YouTube and influencer exports', async () => {
		const counts = await detect({
			spend: ['9844.21', '0.44', '0.46'],
			views: ['2,28,00,00,00,000', '4,39,098', '2,634'],
			posts: ['3.3k', '0.89k', '6.9k']
		});
		expect(counts).toEqual({ comma: 0, point: 8 });
		expect(chooseDecimal(counts!, ',')).toBe('.');
	});

	it('finds no evidence in cells that fit both conventions', async () => {
		expect(await detect({ a: ['2.949', '1,204', '4.960'] })).toEqual({ comma: 0, point: 0 });
	});
});

describe('chooseDecimal', () => {
	it.each([
		[{ comma: 5, point: 0 }, '.', ','],
		[{ comma: 1, point: 3 }, ',', '.'],
		[{ comma: 0, point: 0 }, ',', ','],
		[{ comma: 0, point: 0 }, '.', '.'],
		[{ comma: 2, point: 2 }, ',', ',']
	] as const)('chooses from %j with fallback %j: %j', (counts, fallback, expected) => {
		expect(chooseDecimal(counts, fallback)).toBe(expected);
	});
});
