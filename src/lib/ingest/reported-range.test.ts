import { describe, expect, it } from 'vitest';
import { parseReportedRange } from './reported-range';

describe('parseReportedRange', () => {
	// [line, start, end, where it is from]
	it.each([
		['1 de junho de 2025 - 30 de junho de 2025', '2025-06-01', '2025-06-30', 'kia-google-jun.csv'],
		[
			'1 de setembro de 2025 - 30 de setembro de 2025',
			'2025-09-01',
			'2025-09-30',
			'kia-google-set.csv'
		],
		[
			'1 de dezembro de 2025 - 31 de dezembro de 2025',
			'2025-12-01',
			'2025-12-31',
			'kia-google-dez.csv'
		],
		[
			'5 de maio de 2026 - 15 de maio de 2026',
			'2026-05-05',
			'2026-05-15',
			'Relatório de campanha.csv'
		],
		['1 de noviembre de 2025 - 30 de noviembre de 2025', '2025-11-01', '2025-11-30', 'Spanish'],
		['June 1, 2025 - June 30, 2025', '2025-06-01', '2025-06-30', 'English'],
		['Jun 1, 2025 - Jun 30, 2025', '2025-06-01', '2025-06-30', 'English, abbreviated'],
		['2026.05.05-2026.05.24', '2026-05-05', '2026-05-24', 'imnotlopes file names'],
		['2026-05-05 - 2026-05-24', '2026-05-05', '2026-05-24', 'ISO'],
		[
			'"1 de junho de 2025 - 30 de junho de 2025",,,',
			'2025-06-01',
			'2025-06-30',
			'quoted CSV line'
		],
		['\uFEFFJune 1, 2025 – June 30, 2025\t', '2025-06-01', '2025-06-30', 'BOM, en dash, tab'],
		['ter., 5 de mai. de 2026 - dom., 24 de mai. de 2026', '2026-05-05', '2026-05-24', 'weekdays'],
		['1 Jun 2025 - 30 Jun 2025', '2025-06-01', '2025-06-30', 'day before month']
	])('reads %j as %s to %s (%s)', (line, start, end) => {
		expect(parseReportedRange(line)).toEqual({ start, end });
	});

	it.each([
		['Relatório de campanha', 'a title'],
		['Semana,Status da campanha,Campanha', 'a header'],
		['2025-05-26,Ativada,[PMAX]_sportage', 'a data row'],
		['1 de junho de 2025', 'a single date'],
		['31 de junho de 2025 - 30 de julho de 2025', 'no such day'],
		['30 de junho de 2025 - 1 de junho de 2025', 'ends before it starts'],
		['1 de foo de 2025 - 30 de foo de 2025', 'unknown month'],
		['2026.05.05-2026.13.24', 'no such month'],
		['', 'an empty line']
	])('finds no range in %j (%s)', (line) => {
		expect(parseReportedRange(line)).toBeNull();
	});
});
