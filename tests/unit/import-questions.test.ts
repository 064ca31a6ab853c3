/**
 * Where the import cannot decide, it asks: the question names what it needs, its best guess,
 * and the first rows as that guess reads them; the answer, given as an option, imports the file.
 */
import { describe, expect, it } from 'vitest';
import { importCsv } from '$lib/ingest/import-csv';
import { ImportError, type ImportOptions } from '$lib/ingest/import-options';
import { checkGivenMarket } from '$lib/ingest/campaign-options';
import type { Campaign } from '$lib/domain/campaign';
import { ImportQuestion, answerWith } from '$lib/ingest/import-question';
import { column, importEngine, importError, load, useImportEngine } from './import-harness';

useImportEngine();

async function question(text: string, options: Partial<ImportOptions>) {
	const error = await importCsv(importEngine(), new TextEncoder().encode(text), {
		fileName: 'test.csv',
		...options
	}).catch((e: unknown) => e);
	expect(error).toBeInstanceOf(ImportQuestion);
	return (error as ImportQuestion).question;
}

const CAMPAIGNS =
	'Nome da campanha,Custo,Cliques\nBaratas,"R$ 236,86",58\nEscorpião,"R$ 39,85",9\n';

describe('the period of a file that says none', () => {
	it('is asked, guessed from the file name, with the rows as the guess reads them', async () => {
		const asked = await question(CAMPAIGNS, {
			fileName: 'Campanhas(2026.05.05-2026.05.24).csv',
			market: 'BR'
		});
		expect(asked).toMatchObject({
			kind: 'dates',
			guess: '2026-05-05..2026-05-24',
			columns: ['Nome da campanha', 'Custo', 'Cliques'],
			problem: {
				code: 'problem_import_ask_dates',
				params: { file: 'Campanhas(2026.05.05-2026.05.24).csv', count: 3 }
			}
		});
		expect(asked.preview).toEqual([
			{
				line: 2,
				cells: [
					{ header: 'Custo', field: 'spend', raw: 'R$ 236,86', read: 236.86 },
					{ header: 'Cliques', field: 'clicks', raw: '58', read: 58 }
				]
			},
			{
				line: 3,
				cells: [
					{ header: 'Custo', field: 'spend', raw: 'R$ 39,85', read: 39.85 },
					{ header: 'Cliques', field: 'clicks', raw: '9', read: 9 }
				]
			}
		]);
	});

	it('is answered with the period: every row covers it', async () => {
		const imported = await load(CAMPAIGNS, {
			market: 'BR',
			...answerWith({ kind: 'dates', columns: [] }, '2026-05-05..2026-05-24')
		});
		expect(imported.report.detected.grain).toBe('period');
		expect(column(imported, 'period_start')).toEqual(['2026-05-05', '2026-05-05']);
		expect(column(imported, 'period_end')).toEqual(['2026-05-24', '2026-05-24']);
		expect(imported.report.totals).toEqual({ clicks: 67, spend: 276.71 });
	});

	it('has no guess when the name gives none, and shows the raw cells', async () => {
		const asked = await question(CAMPAIGNS, { market: 'BR' });
		expect(asked.guess).toBeNull();
		expect(asked.preview[0]).toEqual({
			line: 2,
			cells: [
				{ header: 'Nome da campanha', field: '', raw: 'Baratas', read: null },
				{ header: 'Custo', field: '', raw: 'R$ 236,86', read: null },
				{ header: 'Cliques', field: '', raw: '58', read: null }
			]
		});
	});

	it('is asked when the date column holds no dates (weekdays of a breakdown)', async () => {
		const asked = await question('Dia,Impressões\nDomingo,0\nSegunda-feira,219\n', {
			fileName: 'Dia_e_hora(Dia_2026.05.05-2026.05.24).csv',
			market: 'BR'
		});
		expect(asked.kind).toBe('dates');
		expect(asked.problem.code).toBe('problem_import_ask_dates_unreadable');
		expect(asked.guess).toBe('2026-05-05..2026-05-24');
		const imported = await load('Dia,Impressões\nDomingo,0\nSegunda-feira,219\n', {
			market: 'BR',
			period: '2026-05-05..2026-05-24'
		});
		expect(imported.report.unmapped).toEqual(['Dia']);
		expect(imported.report.totals).toEqual({ impressions: 219 });
	});
});

describe('the date column', () => {
	it('is taken from the answer, the header mapped to the date alone', async () => {
		const imported = await load('Quando,Impressions\n2026-03-02,5\n2026-03-03,7\n', {
			market: 'US',
			dateColumn: 'Quando'
		});
		expect(imported.report.mapping).toEqual({ Quando: 'date', Impressions: 'impressions' });
		expect(column(imported, 'date')).toEqual(['2026-03-02', '2026-03-03']);
	});

	it('named wrongly is refused with the file and the header', async () => {
		const error = await importError('Quando,Impressions\n2026-03-02,5\n', {
			market: 'US',
			dateColumn: 'When'
		});
		expect(error.problem).toEqual({
			code: 'problem_import_option_column_unknown',
			params: { file: 'test.csv', column: 'When' }
		});
	});
});

describe('the date format', () => {
	const mixed = 'Date,Impressions\n13/03/2026,1\n03/14/2026,2\n04/05/2026,3\n';

	it('is asked when day-first and month-first dates are mixed, the larger side guessed', async () => {
		const asked = await question(mixed, { market: 'US' });
		expect(asked).toMatchObject({
			kind: 'date-format',
			choices: ['dmy', 'mdy', 'dmy-time', 'mdy-time']
		});
		expect(['dmy', 'mdy']).toContain(asked.guess);
	});

	it('is read as answered, and a date that is no day under it is rejected by line', async () => {
		const imported = await load(mixed, { market: 'US', dateFormat: '%d/%m/%Y' });
		expect(imported.report.detected.date_format).toBe('%d/%m/%Y');
		expect(column(imported, 'date')).toEqual(['2026-03-13', '2026-05-04']);
		expect(imported.report.rejects).toMatchObject([
			{ line: 3, column: 'Date', value: '03/14/2026' }
		]);
	});

	it('answers for the publish time of lifetime rows too, an ISO column keeping its own', async () => {
		const lifetime =
			'Post ID,Publish time,Date,Views\n1,13/03/2026 10:00,Lifetime,5\n2,03/14/2026 11:00,Lifetime,7\n';
		expect((await question(lifetime, { market: 'US' })).kind).toBe('date-format');
		const imported = await load(lifetime, { market: 'US', dateFormat: 'mdy-time' });
		expect(column(imported, 'date')).toEqual(['2026-03-14']);
		expect(imported.report.rejects).toMatchObject([{ line: 2, column: 'Publish time' }]);
		const iso = await load('Date,Views\n2026-03-02,5\n', { market: 'US', dateFormat: 'dmy' });
		expect(column(iso, 'date')).toEqual(['2026-03-02']);
	});

	it('that names no format is refused with the formats there are', async () => {
		const error = await importError(mixed, { market: 'US', dateFormat: 'yyyy' });
		expect(error.problem.code).toBe('problem_import_option_date_format');
	});
});

describe('the market', () => {
	const noMarket = 'Date,Region name,Impressions\n2026-03-02,Brasil,5\n2026-03-03,México,7\n';

	it("is asked with the campaign's markets, the only one guessed, and the text columns", async () => {
		const asked = await question(noMarket, { markets: ['BR'] });
		expect(asked).toMatchObject({
			kind: 'market',
			guess: 'BR',
			choices: ['BR'],
			columns: ['Region name']
		});
		expect(asked.preview[0]!.cells).toContainEqual({
			header: 'Impressions',
			field: 'impressions',
			raw: '5',
			read: 5
		});
	});

	it('is read from the column the answer names', async () => {
		const imported = await load(noMarket, { marketColumn: 'Region name' });
		expect(column(imported, 'market')).toEqual(['BR', 'MX']);
	});

	it("given for the whole file must be one of the campaign's markets when stored", () => {
		const campaign = { markets: [{ code: 'BR' }, { code: 'MX' }] } as Campaign;
		const refused = (() => {
			try {
				checkGivenMarket(campaign, { fileName: 'test.csv', market: 'cl' });
			} catch (error) {
				return error;
			}
		})();
		expect(refused).toBeInstanceOf(ImportError);
		expect((refused as ImportError).problem).toEqual({
			code: 'problem_import_market_not_in_campaign',
			params: { file: 'test.csv', market: 'CL', markets: 'BR, MX' }
		});
		expect(() => checkGivenMarket(campaign, { fileName: 'test.csv', market: 'mx' })).not.toThrow();
	});

	it('is any two-letter code without a campaign', async () => {
		const imported = await load(noMarket, { market: 'CL' });
		expect(column(imported, 'market')).toEqual(['CL', 'CL']);
	});
});

describe('the year of dates written without one', () => {
	const tiktok = (days: string[]) =>
		`"Date","Video Views"\n${days.map((d, i) => `"${d}","${i + 1}"`).join('\n')}\n`;

	it('is asked, with the first rows read under the guessed year', async () => {
		const asked = await question(tiktok(['December 30', 'December 31', 'January 1']), {
			market: 'US'
		});
		expect(asked).toMatchObject({
			kind: 'year',
			problem: { code: 'problem_import_ask_year', params: { column: 'Date', format: '%B %d' } }
		});
		const year = Number(asked.guess);
		expect(asked.preview.map((row) => row.cells[0]!.read)).toEqual([
			`${year}-12-30`,
			`${year}-12-31`,
			`${year + 1}-01-01`
		]);
	});

	it('moves one year at the step against the way the days run, either way', async () => {
		const up = await load(tiktok(['December 30', 'December 31', 'January 1', 'January 2']), {
			market: 'US',
			year: 2025
		});
		expect(column(up, 'date')).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
		const down = await load(tiktok(['2 de enero', '1 de enero', '31 de diciembre']), {
			market: 'MX',
			year: 2026
		});
		expect(column(down, 'date')).toEqual(['2026-01-02', '2026-01-01', '2025-12-31']);
	});

	it('counts the steps per market', async () => {
		const imported = await load(
			'Date,Country,Views\nDec 31,US,1\nDec 31,BR,2\nJan 1,US,3\nJan 1,BR,4\n',
			{ year: 2025 }
		);
		expect(column(imported, 'date')).toEqual([
			'2025-12-31',
			'2025-12-31',
			'2026-01-01',
			'2026-01-01'
		]);
	});

	it('asks for the period instead when the days turn back more than once', async () => {
		const asked = await question(
			tiktok(['March 1', 'February 1', 'March 2', 'February 2', 'March 3']),
			{
				market: 'US'
			}
		);
		expect(asked).toMatchObject({
			kind: 'dates',
			problem: { code: 'problem_import_ask_dates_year_order', params: { column: 'Date', turns: 2 } }
		});
	});
});
