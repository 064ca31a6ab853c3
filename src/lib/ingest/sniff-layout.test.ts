import { describe, expect, it } from 'vitest';
import { LayoutError, sniffLayout } from './sniff-layout';

describe('sniffLayout', () => {
	it('finds a Google Ads header below its title and date-range lines', () => {
		const head =
			'Relatório de campanha\n1 de junho de 2025 - 30 de junho de 2025\nSemana,Campanha,Custo,Impr.\n2025-06-02,A,"106,84",34.279\n2025-06-09,A,"111,84",24.309\n';
		expect(sniffLayout(head)).toEqual({
			delimiter: ',',
			headerLine: 3,
			headers: ['Semana', 'Campanha', 'Custo', 'Impr.'],
			preamble: ['Relatório de campanha', '1 de junho de 2025 - 30 de junho de 2025']
		});
	});

	it.each([
		[
			'semicolon',
			'Día;Campaña;Importe gastado (MXN)\n01/11/2026;A;1.234,50\n02/11/2026;B;99,10\n',
			';'
		],
		['tab', 'Day\tCampaign\tCost\n2026-11-01\tA\t1.5\n2026-11-02\tB\t2\n', '\t'],
		[
			'comma with decimal commas in quotes',
			'Data,Custo\n"ter., 5 de mai. de 2026","R$ 0,00"\n',
			','
		]
	])('detects a %s delimiter', (_, head, delimiter) => {
		expect(sniffLayout(head).delimiter).toBe(delimiter);
		expect(sniffLayout(head).headerLine).toBe(1);
	});

	it('keeps a quoted field with a line break in one record', () => {
		const head = 'a,b,c\n1,"two\nlines",3\n4,5,6\n';
		expect(sniffLayout(head).headers).toEqual(['a', 'b', 'c']);
	});

	it('strips a BOM and spaces from headers and handles CRLF', () => {
		expect(sniffLayout('\uFEFFrank , Youtuber\r\n1,T-Series\r\n').headers).toEqual([
			'rank',
			'Youtuber'
		]);
	});

	it.each([
		['', 'problem_import_file_empty'],
		['\n\n', 'problem_import_file_empty'],
		['Informe de campaña,,\n,,\n', 'problem_import_no_header']
	])('refuses a head with no table (%j) with its problem', (head, code) => {
		expect(() => sniffLayout(head)).toThrow(LayoutError);
		expect(() => sniffLayout(head)).toThrow(expect.objectContaining({ code }));
	});
});
