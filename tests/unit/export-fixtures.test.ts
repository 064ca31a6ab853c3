/**
 * The import, end to end on the real engine, on the platform export fixtures (each outcome
 * as tests/fixtures/exports/README.md states it) and on small files built here, one per rule.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEASURES } from '$lib/domain/facts';
import type { Engine } from '$lib/engine/engine';
import { createNodeEngine } from '$lib/engine/node-engine';
import { importCsv } from '$lib/ingest/import-csv';
import { ImportError, type ImportOptions } from '$lib/ingest/import-options';
import type { ImportReport, Reject } from '$lib/ingest/report';
import { quoteIdentifier } from '$lib/sql/quote';

const FIXTURES = new URL('../fixtures/exports/', import.meta.url);

type Value = number | string | boolean | null;

/** A loaded row: canonical columns, its physical line and its unmapped cells in order. */
interface LoadedRow {
	line: number;
	extras: (string | null)[];
	[column: string]: Value | (string | null)[];
}

interface Imported {
	report: ImportReport;
	rows: LoadedRow[];
	distinctKeys: number;
}

let engine: Engine;

beforeAll(async () => {
	engine = await createNodeEngine();
});

afterAll(async () => {
	await engine.close();
});

/** Imports bytes or text, reads back every loaded row, and drops the import's table. */
async function load(
	content: string | Uint8Array,
	options: Partial<ImportOptions> = {}
): Promise<Imported> {
	const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
	const { report, table } = await importCsv(engine, bytes, { fileName: 'test.csv', ...options });
	try {
		const name = quoteIdentifier(table);
		const extras = report.unmapped.map((_, i) => `, extras[${i + 1}] AS extra_${i}`).join('');
		const rows = await engine.query(
			`SELECT _ord, date, period_start, period_end, grain, market, platform, creator_id,
	content_id, variant, currency, ${MEASURES.join(', ')}${extras}
FROM ${name} ORDER BY _ord`
		);
		const [keys] = await engine.query(`SELECT count(DISTINCT _key)::INTEGER AS n FROM ${name}`);
		return {
			report,
			// No file here holds a blank line or a quoted line break above a loaded row.
			rows: rows.map((row) => ({
				...row,
				line: Number(row._ord) + report.detected.header_row,
				extras: report.unmapped.map((_, i) => row[`extra_${i}`] as string | null)
			})),
			distinctKeys: Number(keys!.n)
		};
	} finally {
		await engine.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`);
	}
}

async function importError(
	content: string,
	options: Partial<ImportOptions> = {}
): Promise<ImportError> {
	const error = await importCsv(engine, new TextEncoder().encode(content), {
		fileName: 'test.csv',
		...options
	}).catch((e: unknown) => e);
	expect(error).toBeInstanceOf(ImportError);
	return error as ImportError;
}

function column(imported: Imported, name: string): Value[] {
	return imported.rows.map((row) => row[name] as Value);
}

function extra(imported: Imported, header: string): (string | null)[] {
	const index = imported.report.unmapped.indexOf(header);
	expect(index, `${header} is unmapped`).toBeGreaterThanOrEqual(0);
	return imported.rows.map((row) => row.extras[index] ?? null);
}

/** Lines of a fixture's text after its header that hold a record (none spans two lines). */
function recordLinesAfter(text: string, header: number): number[] {
	return text
		.split(/\r?\n/)
		.map((line, i) => ({ line: i + 1, blank: line.trim() === '' }))
		.filter((l) => l.line > header && !l.blank)
		.map((l) => l.line);
}

function range(from: number, to: number): number[] {
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

interface FixtureCase {
	file: string;
	options: Partial<ImportOptions>;
	encoding: 'utf-8' | 'utf-16le' | 'windows-1252';
	bom: boolean;
	delimiter: string;
	header: number;
	loaded: number[];
	summary: number[];
	rejects: Reject[];
	/** Totals over loaded rows; a measure left out is one the file has no column for. */
	totals: Record<string, number>;
	currency: string | null;
	grain: string;
	dates: [string, string];
	reportedRange: { start: string; end: string } | null;
}

const day = { grain: 'day', reportedRange: null, bom: false, rejects: [], summary: [] };

/** The README's tables, row by row (kept one fixture per block, as the README lists them). */
// prettier-ignore
const FIXTURE_CASES: FixtureCase[] = [
	{ ...day, file: 'meta_ads-en.csv', options: {}, encoding: 'utf-8', delimiter: ',', header: 1,
		loaded: range(2, 5), totals: { impressions: 40000, spend: 90.5, clicks: 113 }, currency: 'USD',
		dates: ['2026-03-02', '2026-03-03'] },
	{ ...day, file: 'meta_ads-pt.csv', options: { market: 'BR' }, encoding: 'utf-8', delimiter: ',', header: 1,
		loaded: range(3, 6), summary: [2], totals: { impressions: 67000, spend: 193.5, clicks: 521 },
		currency: 'BRL', dates: ['2026-04-06', '2026-04-07'] },
	{ ...day, file: 'meta_ads-es.csv', options: { market: 'MX' }, encoding: 'utf-8', delimiter: ',', header: 1,
		loaded: range(2, 5), totals: { impressions: 50000, spend: 1087, clicks: 242 }, currency: 'MXN',
		dates: ['2026-05-04', '2026-05-05'] },
	{ ...day, file: 'meta_ads-es-semicolon.csv', options: { market: 'AR' }, encoding: 'utf-8', delimiter: ';',
		header: 1, loaded: [2, 3, 5],
		rejects: [{ line: 4, column: 'Impresiones', value: '#¡VALOR!', reason: 'not a number' }],
		totals: { impressions: 148000, spend: 470780, clicks: 952 }, currency: 'ARS',
		dates: ['2026-03-10', '2026-03-13'] },
	{ ...day, file: 'tiktok_ads-en-ads-manager.csv', options: { market: 'US' }, encoding: 'utf-8',
		delimiter: ',', header: 1, loaded: range(2, 5), summary: [6],
		totals: { impressions: 84000, spend: 500, clicks: 625, views: 37000, conversions: 40 },
		currency: 'USD', dates: ['2026-06-01', '2026-06-04'] },
	{ ...day, file: 'tiktok_ads-en-studio.csv', options: { market: 'US' }, encoding: 'utf-8', delimiter: ',',
		header: 1, loaded: range(2, 5),
		totals: { views: 100000, likes: 10700, comments: 396, shares: 168, saves: 850 },
		currency: null, grain: 'lifetime', dates: ['2026-06-02', '2026-06-12'] },
	{ ...day, file: 'youtube_studio-en.csv', options: { market: 'US' }, encoding: 'utf-8', delimiter: ',',
		header: 1, loaded: range(3, 5), summary: [2],
		totals: { impressions: 800000, views: 85000, revenue: 188 }, currency: 'USD', grain: 'lifetime',
		dates: ['2026-09-20', '2026-10-04'] },
	{ ...day, file: 'instagram-en.csv', options: { market: 'BR' }, encoding: 'utf-8', delimiter: ',',
		header: 1, loaded: range(2, 5),
		totals: { views: 60000, likes: 5546, comments: 273, shares: 338, saves: 1031 },
		currency: null, grain: 'lifetime', dates: ['2026-07-03', '2026-07-21'] },
	{ ...day, file: 'google_ads-en.csv', options: { market: 'US' }, encoding: 'utf-8', delimiter: ',',
		header: 3, loaded: range(4, 7), summary: range(8, 10),
		totals: { impressions: 11204, spend: 527, clicks: 294, conversions: 12 }, currency: 'USD',
		dates: ['2026-06-01', '2026-06-04'], reportedRange: { start: '2026-06-01', end: '2026-06-04' } },
	{ ...day, file: 'google_ads-es.csv', options: { market: 'CO' }, encoding: 'utf-8', delimiter: ',',
		header: 3, loaded: range(4, 7), summary: range(8, 10),
		totals: { impressions: 50000, spend: 1823950, clicks: 1270, conversions: 33 }, currency: 'COP',
		dates: ['2026-06-01', '2026-06-04'], reportedRange: { start: '2026-06-01', end: '2026-06-04' } },
	// The README calls the reject "not a date": 32 May has a date's shape but no such day.
	{ ...day, file: 'google_ads-es-cp1252.csv', options: { market: 'MX' }, encoding: 'windows-1252',
		delimiter: ',', header: 3, loaded: range(4, 7), summary: range(9, 11),
		rejects: [{ line: 8, column: 'Día', value: '32/05/2026', reason: 'no such date' }],
		totals: { impressions: 40000, spend: 11296.7, clicks: 1000, conversions: 33 }, currency: 'MXN',
		dates: ['2026-05-11', '2026-05-14'], reportedRange: { start: '2026-05-11', end: '2026-05-15' } },
	// No currency in the file: BRL comes from the market, as a campaign's import passes it.
	{ ...day, file: 'google_ads-pt.csv', options: { market: 'BR', marketCurrencies: { BR: 'BRL' } },
		encoding: 'utf-8', delimiter: ',', header: 1, loaded: range(2, 6),
		totals: { impressions: 500, spend: 91.9, clicks: 31, conversions: 4 }, currency: 'BRL',
		dates: ['2026-05-05', '2026-05-09'] },
	{ ...day, file: 'google_ads-pt-weekly.csv', options: { market: 'BR' }, encoding: 'utf-8', delimiter: ',',
		header: 3, loaded: [4, 5, 7, 8], summary: [6, 9, 10, 11, 12],
		totals: { impressions: 52000, spend: 2800, clicks: 13038, conversions: 213.5 }, currency: 'BRL',
		grain: 'week', dates: ['2026-03-02', '2026-03-23'],
		reportedRange: { start: '2026-03-02', end: '2026-03-29' } },
	{ ...day, file: 'google_ads-pt-utf16.csv', options: { market: 'BR' }, encoding: 'utf-16le', bom: true,
		delimiter: '\t', header: 3, loaded: range(4, 7), summary: range(8, 10),
		totals: { impressions: 5000, spend: 148.75, clicks: 158, conversions: 8 }, currency: 'BRL',
		dates: ['2026-05-04', '2026-05-07'], reportedRange: { start: '2026-05-04', end: '2026-05-07' } }
];

const loadedFixtures = new Map<string, Imported>();

/** Each fixture is imported once; the tests of one fixture share the outcome. */
async function fixture(file: string): Promise<Imported> {
	const known = loadedFixtures.get(file);
	if (known) return known;
	const spec = FIXTURE_CASES.find((c) => c.file === file)!;
	const imported = await load(readFileSync(new URL(file, FIXTURES)), {
		fileName: file,
		...spec.options
	});
	loadedFixtures.set(file, imported);
	return imported;
}

describe.each(FIXTURE_CASES)('the $file fixture', (spec) => {
	it('is read with the README encoding, delimiter, header line, grain and reported range', async () => {
		const { detected } = (await fixture(spec.file)).report;
		expect(detected).toMatchObject({
			encoding: spec.encoding,
			bom: spec.bom,
			delimiter: spec.delimiter,
			header_row: spec.header,
			grain: spec.grain,
			reported_range: spec.reportedRange
		});
	});

	it('loads, skips and rejects exactly the README lines', async () => {
		const imported = await fixture(spec.file);
		const text = new TextDecoder(spec.encoding).decode(readFileSync(new URL(spec.file, FIXTURES)));
		expect(imported.rows.map((r) => r.line)).toEqual(spec.loaded);
		expect(imported.report.rejects).toEqual(spec.rejects);
		expect(imported.report.rows).toEqual({
			loaded: spec.loaded.length,
			rejected: spec.rejects.length,
			summary_skipped: spec.summary.length,
			replaced: 0
		});
		// Every other record line of the file is one of the summary lines.
		const accounted = new Set([...spec.loaded, ...spec.rejects.map((r) => r.line)]);
		expect(recordLinesAfter(text, spec.header).filter((l) => !accounted.has(l))).toEqual(
			spec.summary
		);
	});

	it('sums the measures over the loaded rows, in the file currency, over the README dates', async () => {
		const { report } = await fixture(spec.file);
		expect(Object.keys(report.totals).sort()).toEqual(Object.keys(spec.totals).sort());
		for (const [measure, value] of Object.entries(spec.totals))
			expect(report.totals[measure], measure).toBeCloseTo(value, 6);
		expect(report.currency).toBe(spec.currency);
		expect(report.dates).toEqual({ min: spec.dates[0], max: spec.dates[1] });
	});

	it('gives every loaded row its own key, so that no row replaces another', async () => {
		const imported = await fixture(spec.file);
		expect(imported.distinctKeys).toBe(spec.loaded.length);
	});
});

describe('what the fixtures carry beyond their totals', () => {
	it('splits meta_ads-en.csv by its Country column into US and MX', async () => {
		const { rows } = await fixture('meta_ads-en.csv');
		const sum = (market: string, measure: string) =>
			rows.filter((r) => r.market === market).reduce((s, r) => s + Number(r[measure]), 0);
		expect([sum('US', 'impressions'), sum('US', 'spend')]).toEqual([27000, 66.25]);
		expect([sum('MX', 'impressions'), sum('MX', 'spend')]).toEqual([13000, 24.25]);
		expect(rows.find((r) => r.line === 5)!.clicks).toBeNull();
	});

	it('keeps the 18-digit ad IDs of meta_ads-pt.csv as text', async () => {
		const imported = await fixture('meta_ads-pt.csv');
		expect(column(imported, 'content_id')[0]).toBe('120214567890123401');
	});

	it('reads the platform of each meta_ads-es.csv row', async () => {
		const imported = await fixture('meta_ads-es.csv');
		expect(column(imported, 'platform')).toEqual([
			'instagram',
			'facebook',
			'instagram',
			'facebook'
		]);
	});

	it('reads the revenue of youtube_studio-en.csv to the thousandth', async () => {
		const imported = await fixture('youtube_studio-en.csv');
		expect(column(imported, 'revenue')).toEqual([96.418, 61.232, 30.35]);
		expect(column(imported, 'date')).toEqual(['2026-09-20', '2026-09-27', '2026-10-04']);
		expect(imported.report.unmapped).toContain('Subscribers');
	});

	it('dates the Instagram Lifetime rows by their month-first publish time', async () => {
		const imported = await fixture('instagram-en.csv');
		expect(column(imported, 'date')).toEqual([
			'2026-07-03',
			'2026-07-08',
			'2026-07-14',
			'2026-07-21'
		]);
		expect(column(imported, 'grain')).toEqual(['lifetime', 'lifetime', 'lifetime', 'lifetime']);
		expect(column(imported, 'views')).toEqual([15000, 4800, 32700, 7500]);
		expect(imported.report.unmapped).toContain('Follows');
	});

	it('decodes the windows-1252 en dash of google_ads-es-cp1252.csv as U+2013', async () => {
		const imported = await fixture('google_ads-es-cp1252.csv');
		expect(new Set(extra(imported, 'Campaña'))).toEqual(new Set(['Creadores – Día de las Madres']));
	});

	it('cuts nothing from google_ads-pt-weekly.csv weeks that fit its reported range', async () => {
		const imported = await fixture('google_ads-pt-weekly.csv');
		expect(imported.rows.map((r) => [r.period_start, r.period_end])).toEqual([
			['2026-03-02', '2026-03-08'],
			['2026-03-09', '2026-03-15'],
			['2026-03-16', '2026-03-22'],
			['2026-03-23', '2026-03-29']
		]);
	});
});

/** A UTF-16 big-endian encoding of `text`, with or without its byte order mark. */
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
			{ line: 3, column: 'Impressions', value: '-50', reason: 'negative value' }
		]);
		expect(imported.report.rows).toMatchObject({ loaded: 1, rejected: 1 });
		expect(imported.report.totals).toEqual({ impressions: 100, clicks: 5 });
	});

	it('rejects a measure that is not a number', async () => {
		const imported = await load('Date,Impressions\n2026-03-01,100\n2026-03-02,12abc\n', {
			market: 'US'
		});
		expect(imported.report.rejects).toEqual([
			{ line: 3, column: 'Impressions', value: '12abc', reason: 'not a number' }
		]);
	});

	it('rejects 2026-02-31 as no such date', async () => {
		const imported = await load('Date,Impressions\n2026-02-28,1\n2026-02-31,2\n2026-03-01,3\n', {
			market: 'US'
		});
		expect(imported.report.rejects).toEqual([
			{ line: 3, column: 'Date', value: '2026-02-31', reason: 'no such date' }
		]);
		expect(column(imported, 'date')).toEqual(['2026-02-28', '2026-03-01']);
	});

	it('rejects a row without a market', async () => {
		const imported = await load('Date,Country,Impressions\n2026-03-02,US,1\n2026-03-02,,2\n');
		expect(imported.report.rejects).toEqual([
			{ line: 3, column: 'Country', value: null, reason: 'missing market' }
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
				reason: "not one of this campaign's markets (US, MX)"
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
			{ line: 4, column: 'Impressions', value: '-5', reason: 'negative value' },
			{ line: 5, column: 'Impressions', value: 'x', reason: 'not a number' }
		]);
		expect(extra(imported, 'Campaign')).toEqual(['two\nlines', 'D']);
	});

	it('rejects a row with more fields than the header, once, with its line', async () => {
		const imported = await load(
			'Date,Campaign,Impressions\n2026-03-02,A,1\n2026-03-03,B,2,extra,more\n2026-03-04,C,-3\n2026-03-05,D,4\n',
			{ market: 'US' }
		);
		expect(imported.report.rejects).toEqual([
			{ line: 3, column: '*', value: null, reason: "more fields than the header's 3" },
			{ line: 4, column: 'Impressions', value: '-3', reason: 'negative value' }
		]);
		expect(imported.report.rows).toMatchObject({ loaded: 2, rejected: 2 });
		expect(extra(imported, 'Campaign')).toEqual(['A', 'D']);
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
			expect(imported.report.warnings).toHaveLength(1);
			expect(imported.report.warnings[0]).toContain('"Date"');
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
	it('refuses a file with no date column and no date option', async () => {
		const error = await importError('Campaign,Impressions\nA,1\n', { market: 'US' });
		expect(error.message).toMatch(/no date column/);
		expect(error.message).toContain('test.csv');
	});

	it('refuses a currency option that contradicts the header, naming both', async () => {
		const error = await importError('Date,Amount spent (USD)\n2026-03-02,1\n', {
			market: 'US',
			currency: 'BRL'
		});
		expect(error.message).toContain('BRL');
		expect(error.message).toContain('USD');
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
		await engine.exec('CREATE OR REPLACE TABLE x AS SELECT 42 AS answer');
		const imported = await load(
			"Date,Creator,Impressions\n2026-03-02,'; DROP TABLE x; --,1\n2026-03-03,ana,2\n2026-03-04,bo,3\n",
			{ market: 'US' }
		);
		expect(column(imported, 'creator_id')).toEqual(["'; DROP TABLE x; --", 'ana', 'bo']);
		expect(await engine.query('SELECT answer FROM x')).toEqual([{ answer: 42 }]);
		await engine.exec('DROP TABLE x');
	});
});
