import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFxCsv } from './fx-csv';

describe('reading an FX file', () => {
	it('reads rates in any column order, with upper-cased currencies', () => {
		expect(readFxCsv('Currency,Date,Rate\nbrl,2026-05-05,0.1812\nUSD,2026-05-05,1\n')).toEqual({
			rates: [
				{ date: '2026-05-05', currency: 'BRL', rate: 0.1812 },
				{ date: '2026-05-05', currency: 'USD', rate: 1 }
			],
			problems: []
		});
	});

	it('reads a semicolon file with decimal commas and Portuguese headers', () => {
		expect(readFxCsv('data;moeda;taxa\n2026-05-06;BRL;0,1809\n').rates).toEqual([
			{ date: '2026-05-06', currency: 'BRL', rate: 0.1809 }
		]);
	});

	it('lists every bad row with its line, column, value and reason, and gives no rates', () => {
		const text = [
			'date,currency,rate',
			'2026-05-05,BRL,0.18',
			'05/06/2026,BRL,0.18',
			'2026-05-07,REAL,0.18',
			'2026-05-08,BRL,1.234,5',
			'2026-05-09,BRL,-0.2',
			'2026-05-05,brl,0.19'
		].join('\n');
		expect(readFxCsv(text)).toEqual({
			rates: [],
			problems: [
				{ line: 3, column: 'date', value: '05/06/2026', problem: { code: 'problem_csv_date' } },
				{
					line: 4,
					column: 'currency',
					value: 'REAL',
					problem: { code: 'problem_currency_code' }
				},
				{
					line: 5,
					column: null,
					value: '2026-05-08,BRL,1.234,5',
					problem: { code: 'problem_csv_extra_cells', params: { cells: 4, columns: 3 } }
				},
				{
					line: 6,
					column: 'rate',
					value: '-0.2',
					problem: { code: 'problem_fx_rate_not_positive' }
				},
				{
					line: 7,
					column: 'date',
					value: '2026-05-05',
					problem: {
						code: 'problem_fx_rate_repeated',
						params: { currency: 'BRL', date: '2026-05-05', line: 2 }
					}
				}
			]
		});
	});

	it('refuses a header without the three columns, and a file with no rates', () => {
		expect(readFxCsv('day,value\n2026-05-05,1').problems).toEqual([
			{
				line: 1,
				column: null,
				value: 'day,value',
				problem: { code: 'problem_fx_header', params: { missing: 'currency, rate' } }
			}
		]);
		expect(readFxCsv('date,currency,rate\n').problems[0]?.problem).toEqual({
			code: 'problem_fx_no_rates'
		});
		expect(readFxCsv('').problems[0]?.problem).toEqual({ code: 'problem_file_empty' });
	});

	it('reads the sample campaign’s fx.csv whole', () => {
		const read = readFxCsv(fs.readFileSync('data/sample/fx.csv', 'utf8'));
		expect(read.problems).toEqual([]);
		expect(read.rates).toHaveLength(280);
		expect(read.rates[2]).toEqual({ date: '2026-09-28', currency: 'BRL', rate: 0.182815 });
	});
});
