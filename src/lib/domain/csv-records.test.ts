import { describe, expect, it } from 'vitest';
import { locateColumns, parseCsvRecords } from './csv-records';

describe('splitting a small CSV file into records', () => {
	it('reads quoted cells with delimiters, doubled quotes and line breaks, keeping physical lines', () => {
		const text = '\uFEFFid,note\r\n1,"a, b"\r\n\r\n2,"say ""hi""\nthere"\n3,plain\n';
		expect(parseCsvRecords(text)).toEqual({
			delimiter: ',',
			records: [
				{ line: 1, cells: ['id', 'note'] },
				{ line: 2, cells: ['1', 'a, b'] },
				{ line: 4, cells: ['2', 'say "hi"\nthere'] },
				{ line: 6, cells: ['3', 'plain'] }
			]
		});
	});

	it('takes a semicolon as the delimiter when the header has no comma', () => {
		expect(parseCsvRecords('date;rate\n2026-05-05;0,18').records).toEqual([
			{ line: 1, cells: ['date', 'rate'] },
			{ line: 2, cells: ['2026-05-05', '0,18'] }
		]);
	});

	it('finds columns by their synonyms whatever their case, accents or underscores', () => {
		const synonyms = { id: ['creator id', 'id'], market: ['market', 'pais'], tier: ['tier'] };
		expect(locateColumns(['País', 'Creator_ID', 'ID'], synonyms)).toEqual({
			columns: { market: 0, id: 1 },
			missing: ['tier'],
			duplicates: ['id']
		});
	});
});

describe('choosing the delimiter', () => {
	it('takes the one the header uses most', () => {
		expect(parseCsvRecords('id\thandle\tnote\n1\tana\ta, b; c').records[1]?.cells).toEqual([
			'1',
			'ana',
			'a, b; c'
		]);
		expect(parseCsvRecords('id;name;note, more\n1;Ana;x').delimiter).toBe(';');
		expect(parseCsvRecords('id\n1').delimiter).toBe(',');
	});
});
