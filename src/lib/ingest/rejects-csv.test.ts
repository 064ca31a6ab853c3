import { describe, expect, it } from 'vitest';
import { toRejectsCsv } from './rejects-csv';

describe('toRejectsCsv', () => {
	it('writes one record per problem with file, line, column, value and reason', () => {
		const csv = toRejectsCsv({
			file: 'meta, june.csv',
			rejects: [
				{ line: 4, column: 'Impressions', value: 'n/a', reason: 'not a number' },
				{ line: 7, column: '--date', value: null, reason: 'no date for the row' }
			]
		});
		expect(csv).toBe(
			'file,line,column,value,reason\r\n' +
				'"meta, june.csv",4,Impressions,n/a,not a number\r\n' +
				'"meta, june.csv",7,\'--date,,no date for the row\r\n'
		);
	});

	it('keeps a value that a spreadsheet would run as a formula as text', () => {
		const csv = toRejectsCsv({
			file: 'x.csv',
			rejects: [
				{ line: 2, column: 'spend', value: '=HYPERLINK("http://x")', reason: 'bad "value"' }
			]
		});
		expect(csv.split('\r\n')[1]).toBe(`x.csv,2,spend,"'=HYPERLINK(""http://x"")","bad ""value"""`);
	});

	it('writes only the header when nothing was rejected', () => {
		expect(toRejectsCsv({ file: 'x.csv', rejects: [] })).toBe('file,line,column,value,reason\r\n');
	});
});
