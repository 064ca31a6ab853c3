/**
 * What the import reads by itself, on the real engine, each case in the shape real exports
 * write it: a report's period from the line above its header, dates with a weekday, lifetime
 * rows in three languages, a per-row country column as the market, a currency code in cells.
 */
import { describe, expect, it } from 'vitest';
import { column, load, useImportEngine } from './import-harness';

useImportEngine();

describe('the period of a report without a date column, from its preamble', () => {
	it.each([
		[
			'Relatório de campanha',
			'1 de Janeiro de 2021 - 31 de Janeiro de 2021',
			'2021-01-01',
			'2021-01-31'
		],
		['Campaign report', '"Jul 8, 2025 - Jul 31, 2025"', '2025-07-08', '2025-07-31'],
		['Informe de campaña', '1 de julio de 2025 - 31 de julio de 2025', '2025-07-01', '2025-07-31'],
		['Search keyword report', '1 May 2026 - 8 May 2026', '2026-05-01', '2026-05-08']
	])('%s: %s', async (title, range, start, end) => {
		const imported = await load(
			[
				title,
				range,
				'Campaign,Impr.,Clicks,Cost',
				'Brand,100,5,"10.50"',
				'Generic,50,2,"4.00"',
				''
			].join('\n'),
			{ market: 'BR' }
		);
		expect(imported.report.detected).toMatchObject({
			grain: 'period',
			reported_range: { start, end },
			header_row: 3
		});
		expect(column(imported, 'period_start')).toEqual([start, start]);
		expect(column(imported, 'period_end')).toEqual([end, end]);
		expect(column(imported, 'grain')).toEqual(['period', 'period']);
		expect(imported.report.totals).toEqual({ impressions: 150, clicks: 7, spend: 14.5 });
	});
});

describe('dates with a weekday', () => {
	it.each([
		['Fecha', '"vie, 28 feb 2025"', '"sáb, 1 mar 2025"', '2025-02-28', '2025-03-01', '%d %b %Y'],
		[
			'Data',
			'"ter., 5 de mai. de 2026"',
			'"qua., 6 de mai. de 2026"',
			'2026-05-05',
			'2026-05-06',
			'%d de %b de %Y'
		],
		['Day', '"Tue, Sep 2, 2025"', '"Wed, Sep 3, 2025"', '2025-09-02', '2025-09-03', '%b %d, %Y']
	])('%s %s', async (header, first, second, firstIso, secondIso, format) => {
		const imported = await load(`${header},Impressions\n${first},10\n${second},20\n`, {
			market: 'MX'
		});
		expect(imported.report.detected.date_format).toBe(format);
		expect(column(imported, 'date')).toEqual([firstIso, secondIso]);
	});
});

describe('lifetime rows, dated by their publish time', () => {
	it.each([
		['Date', 'Lifetime', 'Publish time'],
		['Data', 'Vitalício', 'Horário de publicação'],
		['Fecha', 'De por vida', 'Hora de publicación'],
		['Fecha', 'Total de por vida', 'Hora de publicación']
	])('%s = %s', async (dateHeader, label, published) => {
		const imported = await load(
			`Post ID,${published},${dateHeader},Views\n1,03/14/2025 10:00,${label},100\n2,03/15/2025 11:00,${label},200\n`,
			{ market: 'BR' }
		);
		expect(imported.report.detected.grain).toBe('lifetime');
		expect(imported.report.rows).toMatchObject({ loaded: 2, summary_skipped: 0, rejected: 0 });
		expect(column(imported, 'date')).toEqual(['2025-03-14', '2025-03-15']);
		expect(column(imported, 'grain')).toEqual(['lifetime', 'lifetime']);
	});
});

describe('a per-row country column as the market', () => {
	it.each([
		['Geography', ['US', 'BR'], ['US', 'BR']],
		['Country', ['United States', 'Mexico'], ['US', 'MX']],
		['País', ['Brasil', 'México'], ['BR', 'MX']],
		['Pais', ['Colombia', 'Argentina'], ['CO', 'AR']],
		['Ubicación', ['Estados Unidos', 'Brasil'], ['US', 'BR']],
		['Região', ['Brasil', 'Argentina'], ['BR', 'AR']]
	])('%s: %j', async (header, cells, markets) => {
		const imported = await load(
			`Date,${header},Views\n2026-03-02,${cells[0]},10\n2026-03-02,${cells[1]},20\n`
		);
		expect(imported.report.mapping[header]).toBe('market');
		expect(column(imported, 'market')).toEqual(markets);
	});

	it('skips the Total row YouTube puts first', async () => {
		const imported = await load(
			'Geography,Views,Impressions\nTotal,30,300\nUS,20,200\nBR,10,100\n',
			{
				date: '2026-03-02'
			}
		);
		expect(imported.report.rows).toMatchObject({ loaded: 2, summary_skipped: 1 });
		expect(column(imported, 'market')).toEqual(['US', 'BR']);
	});
});

describe("a file's own currency", () => {
	it('from a code in the money cells', async () => {
		const imported = await load('Date,Spend\n2026-03-02,12.50 BRL\n2026-03-03,BRL 4.00\n', {
			market: 'BR'
		});
		expect(imported.report.currency).toBe('BRL');
		expect(column(imported, 'spend')).toEqual([12.5, 4]);
	});

	it('from the header suffix', async () => {
		const imported = await load('Day,Amount spent (MXN)\n2026-03-02,12.50\n', { market: 'MX' });
		expect(imported.report.currency).toBe('MXN');
	});
});

describe('the titled tables of one file as platforms', () => {
	const businessSuite = [
		'sep=,',
		'"Facebook reach"',
		'"Date","Primary"',
		'"2025-01-01T00:00:00","5"',
		'"2025-01-02T00:00:00","7"',
		',',
		'"Instagram reach"',
		'"Date","Primary"',
		'"2025-01-01T00:00:00","11"',
		'"2025-01-02T00:00:00","13"',
		''
	].join('\n');

	it("reads each table's rows with its platform, and Primary as the measure the title names", async () => {
		const imported = await load(businessSuite, { market: 'BR' });
		expect(imported.report.mapping).toEqual({ Date: 'date', Primary: 'reach' });
		expect(imported.report.rows).toMatchObject({ loaded: 4, rejected: 0, summary_skipped: 0 });
		expect(column(imported, 'platform')).toEqual([
			'facebook',
			'facebook',
			'instagram',
			'instagram'
		]);
		expect(column(imported, 'reach')).toEqual([5, 7, 11, 13]);
		expect(column(imported, 'date')).toEqual([
			'2025-01-01',
			'2025-01-02',
			'2025-01-01',
			'2025-01-02'
		]);
	});

	it('keeps line numbers: a bad row of the second table is rejected on its own line', async () => {
		const imported = await load(businessSuite.replace('"13"', '"x"'), { market: 'BR' });
		expect(imported.report.rejects).toMatchObject([{ line: 10, column: 'Primary', value: 'x' }]);
	});

	it('names Facebook for a first table whose title names no platform', async () => {
		const imported = await load(
			'"Follows"\nDate,Primary\n2025-01-01,1\n\n"Instagram follows"\nDate,Primary\n2025-01-01,2\n',
			{ market: 'BR' }
		);
		expect(column(imported, 'platform')).toEqual(['facebook', 'instagram']);
		expect(imported.report.unmapped).toEqual(['Primary']);
	});
});
