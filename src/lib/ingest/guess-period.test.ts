import { describe, expect, it } from 'vitest';
import { guessPeriodFromName } from './guess-period';

describe('guessPeriodFromName', () => {
	it.each([
		['Campanhas(2026.05.05-2026.05.24).csv', '2026-05-05..2026-05-24'],
		['Dia_e_hora(Dia_2026.05.05-2026.05.24).csv', '2026-05-05..2026-05-24'],
		[
			'Maiores_alterações(2026.05.05-2026.05.24_em_comparação_com_2026.04.15-2026.05.04).csv',
			'2026-05-05..2026-05-24'
		],
		['Jan-14-2025_Apr-14-2025_1396269028466733.csv', '2025-01-14..2025-04-14'],
		['report 20250101_20250131.csv', '2025-01-01..2025-01-31'],
		['Relatório de campanha.csv', null],
		['Time series(2026.02.10-2026.02.05).csv', null],
		['x(2026.02.30-2026.03.02).csv', null]
	])('%s → %s', (name, expected) => {
		expect(guessPeriodFromName(name)).toBe(expected);
	});
});
