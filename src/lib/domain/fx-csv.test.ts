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
				{ line: 3, column: 'date', value: '05/06/2026', reason: 'not a date as YYYY-MM-DD' },
				{
					line: 4,
					column: 'currency',
					value: 'REAL',
					reason: 'Enter a three-letter currency code such as BRL.'
				},
				{
					line: 5,
					column: null,
					value: '2026-05-08,BRL,1.234,5',
					reason: '4 cells for 3 columns; write decimals with a point in a comma-separated file'
				},
				{ line: 6, column: 'rate', value: '-0.2', reason: 'a rate must be above zero' },
				{
					line: 7,
					column: 'date',
					value: '2026-05-05',
					reason: 'BRL already has a rate for 2026-05-05 on line 2'
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
				reason: 'The header needs the columns date, currency and rate; currency and rate missing.'
			}
		]);
		expect(readFxCsv('date,currency,rate\n').problems[0]?.reason).toBe('The file has no rates.');
		expect(readFxCsv('').problems[0]?.reason).toBe('The file is empty.');
	});

	it('reads the sample campaign’s fx.csv whole', () => {
		const read = readFxCsv(fs.readFileSync('data/sample/fx.csv', 'utf8'));
		expect(read.problems).toEqual([]);
		expect(read.rates).toHaveLength(280);
		expect(read.rates[2]).toEqual({ date: '2026-09-28', currency: 'BRL', rate: 0.182815 });
	});
});
