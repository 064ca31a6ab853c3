/**
 * The import, end to end on the real engine, on small files built here: one per format rule.
 */
import { describe, expect, it } from 'vitest';
import { column, extra, importEngine, importError, load, useImportEngine } from './import-harness';

useImportEngine();

function utf16be(text: string, bom: boolean): Uint8Array {
	const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
	if (bom) bytes.set([0xfe, 0xff]);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		bytes[(bom ? 2 : 0) + 2 * i] = code >> 8;
		bytes[(bom ? 2 : 0) + 2 * i + 1] = code & 0xff;
	}
	return bytes;
}

const NBSP = '\u00a0';

describe('encodings, delimiters and numbers', () => {
	const text = 'Date,Impressions,Amount spent (USD)\n2026-03-02,1200,30.50\n2026-03-03,800,12.25\n';

	it.each([
		['with', true],
		['without', false]
	])('reads UTF-16 big-endian %s a byte order mark', async (_, bom) => {
		const { report } = await load(utf16be(text, bom), { market: 'US' });
		expect(report.detected).toMatchObject({ encoding: 'utf-16be', bom });
		expect(report.totals).toEqual({ impressions: 2000, spend: 42.75 });
	});

	it('reads a ; file with a decimal comma and . thousands', async () => {
		const imported = await load(
			'Día;Impresiones;Importe gastado (ARS)\n13/03/2026;1.234;152.340,50\n14/03/2026;2.000;99,10\n',
			{ market: 'AR' }
		);
		expect(imported.report.detected).toMatchObject({ delimiter: ';', decimal: ',' });
		expect(column(imported, 'impressions')).toEqual([1234, 2000]);
		expect(column(imported, 'spend')).toEqual([152340.5, 99.1]);
	});

	it('reads R$ 12,28 (no-break space) as 12.28', async () => {
		const imported = await load(
			`Data,Custo,Impressões\n2026-05-05,"R$${NBSP}12,28",10\n2026-05-06,"R$ 1.234,50",20\n`,
			{ market: 'BR' }
		);
		expect(column(imported, 'spend')).toEqual([12.28, 1234.5]);
	});

	it('reads 3.3k, 475.8m and 29.0b as thousands, millions and billions', async () => {
		const imported = await load(
			'channel_info,followers,total_likes\ncristiano,475.8m,29.0b\nleomessi,3.3k,0.89k\n',
			{ market: 'US', date: '2026-01-01' }
		);
		expect(column(imported, 'followers')).toEqual([475_800_000, 3300]);
		expect(column(imported, 'likes')).toEqual([29_000_000_000, 890]);
	});

	it('takes 10,82% as evidence of a decimal comma and keeps the rate as written', async () => {
		// English headers fall back to a decimal point; only the rate says otherwise.
		const imported = await load(
			'Day,CTR,Cost\n2026-05-05,"10,82%",1.234\n2026-05-06,"9,5%",2.000\n',
			{
				market: 'US'
			}
		);
		expect(imported.report.detected.decimal).toBe(',');
		expect(column(imported, 'spend')).toEqual([1234, 2000]);
		expect(extra(imported, 'CTR')).toEqual(['10,82%', '9,5%']);
	});

	it('reads Indian digit grouping (2,28,00,00,00,000)', async () => {
		const imported = await load(
			'Youtuber,subscribers,video views\nT-Series,245000000,"2,28,00,00,00,000"\nSET India,"15,90,00,000","1,39,84,49,90,000"\n',
			{ market: 'US', date: '2023-01-01' }
		);
		expect(imported.report.detected.decimal).toBe('.');
		expect(column(imported, 'views')).toEqual([228_000_000_000, 139_844_990_000]);
		expect(column(imported, 'followers')).toEqual([245_000_000, 159_000_000]);
	});

	it.each(['--', ' --', '—', 'n/a', 'N/A', 'nan', 'NaN', 'null', 'NULL', ''])(
		'loads %j in a measure as no value, not a reject',
		async (placeholder) => {
			const imported = await load(
				`Date,Impressions,Link clicks\n2026-03-01,"${placeholder}",4\n2026-03-02,100,5\n`,
				{ market: 'US' }
			);
			expect(imported.report.rows).toMatchObject({ loaded: 2, rejected: 0 });
			expect(column(imported, 'impressions')).toEqual([null, 100]);
			expect(imported.report.totals).toEqual({ impressions: 100, clicks: 9 });
		}
	);
});

describe('rejects', () => {
	it('rejects a negative measure with its line, column and value', async () => {
		const imported = await load(
			'Date,Impressions,Link clicks\n2026-03-01,100,5\n2026-03-02,-50,3\n',
			{
				market: 'US'
			}
		);
		expect(imported.report.rejects).toEqual([
			{
				line: 3,
				column: 'Impressions',
				value: '-50',
				reason: 'negative value',
				code: 'problem_reject_negative'
			}
		]);
		expect(imported.report.rows).toMatchObject({ loaded: 1, rejected: 1 });
		expect(imported.report.totals).toEqual({ impressions: 100, clicks: 5 });
	});

	it('rejects a measure that is not a number', async () => {
		const imported = await load('Date,Impressions\n2026-03-01,100\n2026-03-02,12abc\n', {
			market: 'US'
		});
		expect(imported.report.rejects).toEqual([
			{
				line: 3,
				column: 'Impressions',
				value: '12abc',
				reason: 'not a number',
				code: 'problem_reject_not_a_number'
			}
		]);
	});

	it('rejects 2026-02-31 as no such date', async () => {
		const imported = await load('Date,Impressions\n2026-02-28,1\n2026-02-31,2\n2026-03-01,3\n', {
			market: 'US'
		});
		expect(imported.report.rejects).toEqual([
			{
				line: 3,
				column: 'Date',
				value: '2026-02-31',
				reason: 'no such date',
				code: 'problem_reject_date_unreal'
			}
		]);
		expect(column(imported, 'date')).toEqual(['2026-02-28', '2026-03-01']);
	});

	it('rejects a row without a market', async () => {
		const imported = await load('Date,Country,Impressions\n2026-03-02,US,1\n2026-03-02,,2\n');
		expect(imported.report.rejects).toEqual([
			{
				line: 3,
				column: 'Country',
				value: null,
				reason: 'missing market',
				code: 'problem_reject_market_missing'
			}
		]);
		expect(column(imported, 'market')).toEqual(['US']);
	});

	it("rejects a market that is not one of the campaign's markets", async () => {
		const imported = await load(
			'Date,Country,Impressions\n2026-03-02,US,1\n2026-03-02,AR,2\n2026-03-03,MX,3\n',
			{
				markets: ['US', 'MX']
			}
		);
		expect(imported.report.rejects).toEqual([
			{
				line: 3,
				column: 'Country',
				value: 'AR',
				reason: "not one of this campaign's markets (US, MX)",
				code: 'problem_reject_market_not_in_campaign',
				params: { markets: 'US, MX' }
			}
		]);
		expect(column(imported, 'market')).toEqual(['US', 'MX']);
	});

	it('keeps line numbers right after a quoted field that holds a line break', async () => {
		const imported = await load(
			'Date,Campaign,Impressions\n2026-03-02,"two\nlines",1\n2026-03-03,B,-5\n2026-03-04,C,x\n2026-03-05,D,4\n',
			{ market: 'US' }
		);
		expect(imported.report.rejects).toEqual([
			expect.objectContaining({ line: 4, value: '-5', code: 'problem_reject_negative' }),
			expect.objectContaining({ line: 5, value: 'x', code: 'problem_reject_not_a_number' })
		]);
		expect(extra(imported, 'Campaign')).toEqual(['two\nlines', 'D']);
	});

	it('rejects a row with more fields than the header, once, with its line', async () => {
		const imported = await load(
			'Date,Campaign,Impressions\n2026-03-02,A,1\n2026-03-03,B,2,extra,more\n2026-03-04,C,-3\n2026-03-05,D,4\n',
			{ market: 'US' }
		);
		expect(imported.report.rejects).toEqual([
			{
				line: 3,
				column: '*',
				value: null,
				reason: "more fields than the header's 3",
				code: 'problem_reject_too_many_fields',
				params: { count: 3 }
			},
			expect.objectContaining({ line: 4, value: '-3', code: 'problem_reject_negative' })
		]);
		expect(imported.report.rows).toMatchObject({ loaded: 2, rejected: 2 });
		expect(extra(imported, 'Campaign')).toEqual(['A', 'D']);
	});

	it('rejects a record with text after the closing quote of a value', async () => {
		const imported = await load('Date,Country,Impressions\n2026-03-02,US,1\n2026-03-03,"US"x,2\n');
		expect(imported.report.rejects).toEqual([
			{
				line: 3,
				column: '*',
				value: null,
				reason: 'text after the closing quote of a quoted value',
				code: 'problem_reject_stray_quote'
			}
		]);
	});

	it("rejects a date that is not in the file's format, naming the format", async () => {
		const imported = await load('Date,Impressions\n2026-03-02,1\nsoon,2\n', { market: 'US' });
		expect(imported.report.rejects).toEqual([
			{
				line: 3,
				column: 'Date',
				value: 'soon',
				reason: "not a date in the file's format %Y-%m-%d",
				code: 'problem_reject_date_format',
				params: { format: '%Y-%m-%d' }
			}
		]);
	});
});

describe('dates', () => {
	it('reads a slash column day-first when one day is over 12, whatever the market', async () => {
		const imported = await load('Date,Impressions\n05/03/2026,1\n13/03/2026,2\n', { market: 'US' });
		expect(column(imported, 'date')).toEqual(['2026-03-05', '2026-03-13']);
		expect(imported.report.detected).toMatchObject({
			date_format: '%d/%m/%Y',
			date_ambiguous: false
		});
		expect(imported.report.warnings).toEqual([]);
		expect(imported.report.warning_problems).toEqual([]);
	});

	it('reads a slash column month-first when a second part is over 12, whatever the market', async () => {
		const imported = await load('Data,Impressões\n05/03/2026,1\n03/13/2026,2\n', { market: 'BR' });
		expect(column(imported, 'date')).toEqual(['2026-05-03', '2026-03-13']);
		expect(imported.report.detected).toMatchObject({
			date_format: '%m/%d/%Y',
			date_ambiguous: false
		});
	});

	it.each([
		[true, ['2026-03-05', '2026-03-04'], '%d/%m/%Y'],
		[false, ['2026-05-03', '2026-04-03'], '%m/%d/%Y']
	])(
		'reads an undecided slash column by the dayFirst option (%s) and warns',
		async (dayFirst, dates, format) => {
			const imported = await load('Date,Impressions\n05/03/2026,1\n04/03/2026,2\n', {
				market: 'US',
				dayFirst
			});
			expect(column(imported, 'date')).toEqual(dates);
			expect(imported.report.detected).toMatchObject({ date_format: format, date_ambiguous: true });
			expect(imported.report.warning_problems).toEqual([
				{
					code: 'problem_import_date_order_ambiguous',
					params: { file: 'test.csv', column: 'Date', format }
				}
			]);
			expect(imported.report.warnings).toEqual([
				`test.csv: no value of column "Date" tells day-first from month-first dates; read as ${format}`
			]);
		}
	);

	it('reads Sep 20, 2026', async () => {
		const imported = await load('Date,Impressions\n"Sep 20, 2026",5\n"Oct 4, 2026",6\n', {
			market: 'US'
		});
		expect(column(imported, 'date')).toEqual(['2026-09-20', '2026-10-04']);
	});

	it('reads ter., 5 de mai. de 2026', async () => {
		const imported = await load(
			'Data,Impressões\n"ter., 5 de mai. de 2026",5\n"sáb., 9 de mai. de 2026",6\n',
			{
				market: 'BR'
			}
		);
		expect(column(imported, 'date')).toEqual(['2026-05-05', '2026-05-09']);
	});

	it('cuts the Google Ads weeks that cross the reported range of the preamble', async () => {
		const imported = await load(
			'Relatório de campanha\n"1 de junho de 2025 - 30 de junho de 2025"\nSemana,Campanha,Custo,Impr.,Cliques\n' +
				'2025-05-26,A,"12,87",4.960,56\n2025-06-02,A,"10,00",1.000,10\n2025-06-30,A,"13,00",2.952,55\n',
			{ market: 'BR' }
		);
		expect(imported.report.detected).toMatchObject({
			header_row: 3,
			grain: 'week',
			reported_range: { start: '2025-06-01', end: '2025-06-30' }
		});
		expect(imported.rows.map((r) => [r.date, r.period_start, r.period_end])).toEqual([
			['2025-05-26', '2025-06-01', '2025-06-01'],
			['2025-06-02', '2025-06-02', '2025-06-08'],
			['2025-06-30', '2025-06-30', '2025-06-30']
		]);
		expect(column(imported, 'impressions')).toEqual([4960, 1000, 2952]);
	});

	it('dates an Instagram Lifetime row by its publish time, with grain lifetime', async () => {
		const imported = await load(
			'Post ID,Publish time,Date,Views,Likes\n18041234567890123,07/14/2026 18:30,Lifetime,"15,000","1,204"\n',
			{ market: 'BR' }
		);
		expect(imported.rows.map((r) => [r.content_id, r.date, r.grain, r.views, r.likes])).toEqual([
			['18041234567890123', '2026-07-14', 'lifetime', 15000, 1204]
		]);
		expect(imported.report.detected.grain).toBe('lifetime');
	});

	it('dates a Lifetime row among daily rows by its publish time', async () => {
		const imported = await load(
			'Post ID,Publish time,Date,Views\n1,2026-07-10 08:00,2026-07-15,100\n1,2026-07-10 08:00,Lifetime,900\n',
			{ market: 'BR' }
		);
		expect(imported.rows.map((r) => [r.date, r.grain])).toEqual([
			['2026-07-15', 'day'],
			['2026-07-10', 'lifetime']
		]);
	});
});

describe('files that cannot be read at all', () => {
	it.each([
		['', 'problem_import_file_empty'],
		['\n\n', 'problem_import_file_empty'],
		['Report,,\n,,\n', 'problem_import_no_header']
	])('refuses a file with no table (%j), naming it', async (content, code) => {
		const error = await importError(content, { market: 'US' });
		expect(error.problem).toEqual({ code, params: { file: 'test.csv' } });
	});

	it('asks how to read a date column that mixes day-first and month-first dates, with both counts', async () => {
		const error = await importError('Date,Impressions\n13/03/2026,1\n03/14/2026,2\n', {
			market: 'US'
		});
		expect(error.problem).toEqual({
			code: 'problem_import_ask_date_format',
			params: { file: 'test.csv', column: 'Date', dayFirst: 1, monthFirst: 1 }
		});
		expect(error.message).toBe(
			'test.csv: the dates of column "Date" are written day first (1 values) and month first (1); choose how to read them (--date-format dmy or mdy)'
		);
	});

	it.each([
		[{ market: 'USA' }, 'problem_import_option_market'],
		[{ currency: 'US' }, 'problem_import_option_currency'],
		[{ market: 'US', date: '2026-3-2' }, 'problem_import_option_date']
	])('refuses the options %j as an import error', async (options, code) => {
		const error = await importError('Date,Impressions\n2026-03-02,1\n', options);
		expect(error.problem).toEqual({ code });
	});

	it('asks for the period of a file with no date column, no period line and no option', async () => {
		const error = await importError('Campaign,Impressions\nA,1\n', { market: 'US' });
		expect(error.problem).toEqual({
			code: 'problem_import_ask_dates',
			params: { file: 'test.csv', count: 2 }
		});
		expect(error.message).toMatch(
			/^test\.csv: none of its 2 columns holds dates .*--period FROM\.\.TO/
		);
	});

	it('refuses a currency option that contradicts the header, naming both', async () => {
		const error = await importError('Date,Amount spent (USD)\n2026-03-02,1\n', {
			market: 'US',
			currency: 'BRL'
		});
		expect(error.problem).toEqual({
			code: 'problem_import_currency_contradicts',
			params: { file: 'test.csv', given: 'BRL', header: 'USD' }
		});
	});
});

describe('mapping and hostile text', () => {
	it('leaves Meta Results unmapped', async () => {
		const imported = await load(
			'Reporting starts,Reporting ends,Day,Results,Result indicator,Impressions,Amount spent (USD)\n' +
				'2026-03-02,2026-03-02,2026-03-02,40,actions:link_click,12000,30.00\n',
			{ market: 'US' }
		);
		expect(imported.report.unmapped).toContain('Results');
		expect(imported.report.mapping).not.toHaveProperty('Results');
		expect(imported.report.totals).toEqual({ impressions: 12000, spend: 30 });
	});

	it('keeps a creator named =HYPERLINK("http://x") as text, verbatim', async () => {
		const imported = await load(
			'Date,Creator,Impressions\n2026-03-02,"=HYPERLINK(""http://x"")",1\n2026-03-03,ana,2\n',
			{
				market: 'US'
			}
		);
		expect(column(imported, 'creator_id')).toEqual(['=HYPERLINK("http://x")', 'ana']);
	});

	it("stores a creator named '; DROP TABLE x; -- verbatim and drops nothing", async () => {
		await importEngine().exec('CREATE OR REPLACE TABLE x AS SELECT 42 AS answer');
		const imported = await load(
			"Date,Creator,Impressions\n2026-03-02,'; DROP TABLE x; --,1\n2026-03-03,ana,2\n2026-03-04,bo,3\n",
			{ market: 'US' }
		);
		expect(column(imported, 'creator_id')).toEqual(["'; DROP TABLE x; --", 'ana', 'bo']);
		expect(await importEngine().query('SELECT answer FROM x')).toEqual([{ answer: 42 }]);
		await importEngine().exec('DROP TABLE x');
	});
});
