/**
 * The import, end to end on the real engine, on the platform export fixtures: each outcome as
 * tests/fixtures/exports/README.md states it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportOptions } from '$lib/ingest/import-options';
import type { Reject } from '$lib/ingest/report';
import {
	FIXTURES,
	column,
	extra,
	load,
	range,
	recordLinesAfter,
	useImportEngine,
	type Imported
} from './import-harness';

useImportEngine();

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
		rejects: [{ line: 4, column: 'Impresiones', value: '#¡VALOR!', reason: 'not a number', code: 'problem_reject_not_a_number' }],
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
		rejects: [{ line: 8, column: 'Día', value: '32/05/2026', reason: 'no such date', code: 'problem_reject_date_unreal' }],
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
