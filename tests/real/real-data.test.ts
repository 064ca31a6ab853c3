/**
 * The import, end to end on the real engine, against real public exports.
 *
 * Every expected value comes from tests/real/expected.json, written by tests/real/reference.py:
 * an independent reading of the raw bytes with Debian's python3 (its own CSV, number and date
 * parsing with the csv module and decimal.Decimal; pandas only as a second check) that shares
 * no code with the import. tests/real/README.md lists the rules it applies and the options
 * each file is imported with.
 *
 * The files are not committed: they are read from $PARALLAX_REAL_DATA, else
 * ../shared/datasets/real from the repository root. A missing folder, or a file whose sha256
 * is not the one the reference was computed from, fails the suite.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEASURES } from '$lib/domain/facts';
import type { Campaign } from '$lib/domain/campaign';
import type { Engine } from '$lib/engine/engine';
import { createNodeEngine } from '$lib/engine/node-engine';
import { importCsv } from '$lib/ingest/import-csv';
import type { ImportReport } from '$lib/ingest/report';
import { closeDatabase, openDatabase, type Db } from '$lib/server/database';
import { saveCampaign } from '$lib/server/campaign-store';
import { FactsService } from '$lib/server/facts-service';
import { listImports } from '$lib/server/import-store';
import { quoteIdentifier } from '$lib/sql/quote';
import {
	REAL_DATA_VARIABLE,
	assertRealDataFolder,
	loadReferenceOutcomes,
	readRealFile,
	realDataFolder,
	type ExpectedCampaign,
	type ExpectedFile
} from './reference-outcomes';

const reference = loadReferenceOutcomes();
const folder = realDataFolder();
const SUNMOTORS = Object.keys(reference.files)
	.filter((path) => path.startsWith('google_ads_ptbr_sunmotors/'))
	.sort();
const TEXT_FIELDS = new Set(['creator_id', 'content_id', 'variant', 'platform', 'market']);

/**
 * Headers the import maps and the reference leaves unmapped. The import takes Meta's ad ID as
 * the content id (tests/fixtures/exports/README.md, meta_ads-pt.csv); the reference maps only
 * `Dia` as a dimension. Row counts, periods and totals do not depend on it.
 */
const MAPPED_BY_THE_IMPORT_ONLY: Record<string, Record<string, string>> = {
	'meta_ads_ptbr_sunmotors_jan2026_EXCERPT.csv': { 'Identificação do anúncio': 'content_id' }
};

type Value = number | string | boolean | null;
type LoadedRow = Record<string, Value>;

/** What one import left behind: its report and the loaded rows the assertions need. */
interface ImportedFile {
	report: ImportReport;
	tableRows: number;
	present: Record<string, number>;
	/** Loaded rows by physical line (header line + record ordinal: these files have no blank lines or quoted line breaks). */
	spot: Map<number, LoadedRow>;
	/** Every loaded row's [line, date, period_start, period_end], for the files that list them. */
	periods: [number, Value, Value, Value][];
}

let engine: Engine;

beforeAll(async () => {
	assertRealDataFolder(folder);
	engine = await createNodeEngine();
});

afterAll(async () => {
	await engine?.close();
});

it(`finds the real datasets folder (${REAL_DATA_VARIABLE})`, () => {
	expect(existsSync(folder), `set ${REAL_DATA_VARIABLE}; ${folder} does not exist`).toBe(true);
	expect(Object.keys(reference.files)).toHaveLength(38);
	expect(SUNMOTORS).toHaveLength(14);
});

describe.each(Object.entries(reference.files))('importing %s', (path, expected) => {
	let imported: ImportedFile;
	const mappedMeasures = Object.values(expected.mapping).filter((f) =>
		(MEASURES as readonly string[]).includes(f)
	);

	beforeAll(async () => {
		const bytes = readRealFile(folder, path, expected.sha256);
		const { report, table } = await importCsv(engine, bytes, {
			fileName: path,
			...expected.options
		});
		try {
			imported = await readLoadedRows(report, table, expected, mappedMeasures);
		} finally {
			await engine.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`);
		}
	}, 120_000);

	it('detects the encoding, BOM, delimiter, decimal mark, header line, grain and reported range', () => {
		const { detected } = imported.report;
		expect({
			encoding: detected.encoding,
			bom: detected.bom,
			delimiter: detected.delimiter,
			decimal: detected.decimal,
			header_row: detected.header_row,
			grain: detected.grain,
			reported_range: detected.reported_range
		}).toEqual(expected.detected);
	});

	it('loads, skips and rejects the rows the reference counts', () => {
		const { rows, rejects } = imported.report;
		expect({
			loaded: rows.loaded,
			rejected: rows.rejected,
			summary_skipped: rows.summary_skipped
		}).toEqual(expected.rows);
		expect(rejects).toHaveLength(expected.rejects.length);
		expect(imported.tableRows).toBe(expected.rows.loaded);
	});

	it('sums every mapped additive measure over the loaded rows', () => {
		const { totals } = imported.report;
		expect(Object.keys(totals).sort()).toEqual(Object.keys(expected.totals).sort());
		for (const [measure, value] of Object.entries(expected.totals)) {
			if (Number.isInteger(value)) expect(totals[measure], measure).toBe(value);
			else expect(totals[measure], measure).toBeCloseTo(value, 6);
		}
	});

	it('reads a value in as many rows per measure as the reference', () => {
		expect(imported.present).toEqual(expected.values_present);
	});

	it('spans the reference dates', () => {
		expect(imported.report.dates).toEqual(expected.dates);
	});

	if (expected.currency !== null)
		it(`states the currency the file states (${expected.currency})`, () => {
			expect(imported.report.currency).toBe(expected.currency);
		});

	it('maps the headers as the reference does', () => {
		const extra = MAPPED_BY_THE_IMPORT_ONLY[path] ?? {};
		expect(imported.report.mapping).toEqual({ ...expected.mapping, ...extra });
		expect(imported.report.unmapped).toEqual(expected.unmapped.filter((h) => !(h in extra)));
	});

	it('reads the reference spot rows cell by cell', () => {
		for (const spot of expected.spot_rows) {
			const row = imported.spot.get(spot.line);
			expect(row, `line ${spot.line} loaded`).toBeDefined();
			const at = `line ${spot.line}`;
			expect(row!.date, at).toBe(spot.date);
			// The reference leaves the period of a day or --date row empty; the import stores the
			// one day the row covers.
			const period =
				spot.period_start === null ? [spot.date, spot.date] : [spot.period_start, spot.period_end];
			expect([row!.period_start, row!.period_end], at).toEqual(period);
			for (const [field, value] of Object.entries(spot.dimensions))
				expect(row![field], `${at} ${field}`).toBe(value);
			for (const measure of mappedMeasures) {
				const value = spot.measures[measure] ?? null;
				if (value === null || Number.isInteger(value))
					expect(row![measure], `${at} ${measure}`).toBe(value);
				else expect(row![measure], `${at} ${measure}`).toBeCloseTo(value, 6);
			}
			for (const [header, raw] of Object.entries(spot.extra)) {
				const text = raw.trim() === '' ? null : raw.trim();
				const index = imported.report.unmapped.indexOf(header);
				const field = imported.report.mapping[header];
				if (index >= 0) expect(row![`extra_${index}`], `${at} ${header}`).toBe(text);
				else if (field && TEXT_FIELDS.has(field)) expect(row![field], `${at} ${header}`).toBe(text);
				else throw new Error(`${at}: ${header} is neither unmapped nor a text dimension`);
			}
		}
	});

	if (expected.periods)
		it('gives every loaded row the period the reference gives it', () => {
			expect(imported.periods).toEqual(expected.periods);
		});

	if (expected.file_totals)
		it('states the whole-file totals the file itself states, beside the sums of its rows', () => {
			const actual = imported.report.file_totals;
			expect(actual, 'report.file_totals').toBeDefined();
			const shape = (totals: NonNullable<ExpectedFile['file_totals']>) =>
				totals.map(({ line, label, measures, agrees }) => ({
					line,
					label,
					agrees,
					measures: Object.keys(measures).sort()
				}));
			expect(shape(actual as NonNullable<ExpectedFile['file_totals']>)).toEqual(
				shape(expected.file_totals!)
			);
			expected.file_totals!.forEach((total, i) => {
				for (const [measure, [stated, rows]] of Object.entries(total.measures)) {
					const [actualStated, actualRows] = actual![i]!.measures[measure]!;
					const at = `line ${total.line} ${measure}`;
					expect(actualStated, `${at} stated`).toBeCloseTo(stated, 6);
					expect(actualRows, `${at} sum of rows`).toBeCloseTo(rows, 6);
				}
			});
		});

	if (expected.cut_weeks)
		it('cuts the weeks that cross the reported range, and only those', () => {
			const cut = expected.cut_weeks!;
			expect(Object.keys(cut).length).toBeGreaterThan(0);
			for (const [line, date, start, end] of imported.periods) {
				const week = String(date);
				const whole = [week, addDays(week, 6)];
				expect([start, end], `line ${line}, week of ${week}`).toEqual(cut[week] ?? whole);
			}
		});
});

describe('the Global YouTube Statistics file', () => {
	it('loads the channel "Total Gaming" on line 111 as a data row, not a summary row', async () => {
		const expected = reference.files['Global_YouTube_Statistics.csv']!;
		const bytes = readRealFile(folder, 'Global_YouTube_Statistics.csv', expected.sha256);
		const { report, table } = await importCsv(engine, bytes, {
			fileName: 'Global_YouTube_Statistics.csv',
			...expected.options
		});
		try {
			const rows = await engine.query(
				`SELECT creator_id, views, followers FROM ${quoteIdentifier(table)} WHERE _ord = 110`
			);
			expect(rows).toEqual([
				{ creator_id: 'Total Gaming', views: 5556364230, followers: 35400000 }
			]);
			expect(report.rows.summary_skipped).toBe(0);
		} finally {
			await engine.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`);
		}
	});
});

const SUN_MOTORS: Campaign = {
	id: 'sunmotors',
	name: 'Sun Motors',
	reportingCurrency: 'BRL',
	markets: [
		{ code: 'BR', name: 'Brazil', currency: 'BRL', timeZone: 'America/Sao_Paulo', locale: 'pt-BR' }
	],
	budgets: {},
	phases: []
};
const KIA_JUNE: Campaign = { ...SUN_MOTORS, id: 'sunmotors-kia-jun', name: 'Sun Motors Kia June' };
const CAMPAIGN_MEASURES = ['impressions', 'clicks', 'conversions', 'spend'] as const;

describe('a campaign fed the Sun Motors Google Ads files', () => {
	let dataDir: string;
	let db: Db;
	let service: FactsService;

	beforeAll(() => {
		dataDir = mkdtempSync(join(tmpdir(), 'parallax-real-'));
		db = openDatabase(dataDir);
		saveCampaign(db, SUN_MOTORS);
		saveCampaign(db, KIA_JUNE);
		service = new FactsService(db, dataDir);
	});

	afterAll(() => {
		closeDatabase(dataDir);
		rmSync(dataDir, { recursive: true, force: true });
	});

	it('merges all 14 files, in alphabetical order, into the reference campaign facts', async () => {
		const expected = reference.campaigns.sunmotors_all_14;
		expect(expected.imports.map((i) => i.file)).toEqual(SUNMOTORS);
		const outcomes = [];
		for (const path of SUNMOTORS) {
			const file = reference.files[path]!;
			const bytes = readRealFile(folder, path, file.sha256);
			const { report, importId } = await service.importFile(
				SUN_MOTORS,
				bytes,
				{ fileName: path, ...file.options },
				'cli'
			);
			expect(importId, path).not.toBeNull();
			outcomes.push({ file: path, loaded: report.rows.loaded, replaced: report.rows.replaced });
		}
		expect(outcomes).toEqual(
			expected.imports.map(({ file, loaded, replaced }) => ({ file, loaded, replaced }))
		);
		expect(listImports(db, SUN_MOTORS.id)).toHaveLength(14);
		await expectCampaignFacts(service, SUN_MOTORS.id, expected);
	}, 120_000);

	it('replaces every row of a file imported twice and keeps one import of it', async () => {
		const expected = reference.campaigns.sunmotors_kia_jun_twice;
		const [first, second] = expected.imports;
		const file = reference.files[first!.file]!;
		const bytes = readRealFile(folder, first!.file, file.sha256);
		const options = { fileName: first!.file, ...file.options };

		const once = await service.importFile(KIA_JUNE, bytes, options, 'cli');
		expect(once.importId).not.toBeNull();
		expect(once.report.rows).toMatchObject({ loaded: first!.loaded, replaced: first!.replaced });

		const twice = await service.importFile(KIA_JUNE, bytes, options, 'cli');
		expect(twice.report.rows).toMatchObject({ loaded: second!.loaded, replaced: second!.replaced });
		expect(twice.report.rows.replaced).toBe(twice.report.rows.loaded);
		// The same bytes with the same options are not recorded again; the facts stay as they were.
		expect(twice.importId).toBeNull();
		expect(listImports(db, KIA_JUNE.id).map((i) => i.id)).toEqual([once.importId]);
		await expectCampaignFacts(service, KIA_JUNE.id, expected);
		const importIds = await service.queryFacts<{ import_id: number }>(
			KIA_JUNE.id,
			(facts) => `SELECT DISTINCT import_id FROM ${facts}`
		);
		expect(importIds).toEqual([{ import_id: once.importId }]);
	}, 60_000);
});

/** Reads from an import's table what the per-file assertions compare. */
async function readLoadedRows(
	report: ImportReport,
	table: string,
	expected: ExpectedFile,
	mappedMeasures: string[]
): Promise<ImportedFile> {
	const name = quoteIdentifier(table);
	const header = expected.detected.header_row;
	const [counts] = await engine.query(
		`SELECT count(*)::INTEGER AS n${mappedMeasures.map((m) => `, count(${m})::INTEGER AS ${m}`).join('')} FROM ${name}`
	);
	const { n, ...present } = counts!;
	const ordinals = expected.spot_rows.map((s) => s.line - header);
	const extras = report.unmapped.map((_, i) => `, extras[${i + 1}] AS extra_${i}`).join('');
	const spotRows = await engine.query(
		`SELECT _ord, date, period_start, period_end, grain, market, platform, creator_id, content_id,
	variant, ${MEASURES.join(', ')}${extras}
FROM ${name} WHERE _ord IN (${ordinals.join(', ')})`
	);
	const periods = expected.periods
		? (
				await engine.query<{
					_ord: number;
					date: string;
					period_start: string;
					period_end: string;
				}>(`SELECT _ord, date, period_start, period_end FROM ${name} ORDER BY _ord`)
			).map(
				(r) =>
					[r._ord + header, r.date, r.period_start, r.period_end] as [number, Value, Value, Value]
			)
		: [];
	return {
		report,
		tableRows: Number(n),
		present: present as Record<string, number>,
		spot: new Map(spotRows.map((r) => [Number(r._ord) + header, r])),
		periods
	};
}

/** The campaign's facts: row count and totals overall and per calendar month of period_start. */
async function expectCampaignFacts(
	service: FactsService,
	campaignId: string,
	expected: ExpectedCampaign
) {
	const sums = CAMPAIGN_MEASURES.map((m) => `sum(${m})::DOUBLE AS ${m}`).join(', ');
	const [all] = await service.queryFacts(
		campaignId,
		(facts) => `SELECT count(*)::INTEGER AS n, ${sums} FROM ${facts}`
	);
	expect(all!.n).toBe(expected.final_rows);
	expectTotals(all!, expected.totals, 'campaign');
	const months = await service.queryFacts(
		campaignId,
		(facts) =>
			`SELECT strftime(period_start, '%Y-%m') AS month, count(*)::INTEGER AS n, ${sums}
FROM ${facts} GROUP BY 1 ORDER BY 1`
	);
	expect(Object.fromEntries(months.map((m) => [m.month, m.n]))).toEqual(
		expected.rows_by_period_start_month
	);
	expect(months.map((m) => m.month)).toEqual(
		Object.keys(expected.totals_by_period_start_month).sort()
	);
	for (const month of months)
		expectTotals(
			month,
			expected.totals_by_period_start_month[String(month.month)]!,
			String(month.month)
		);
}

function expectTotals(
	actual: Record<string, unknown>,
	expected: Record<string, number>,
	label: string
) {
	expect(Object.keys(expected).sort()).toEqual([...CAMPAIGN_MEASURES].sort());
	for (const measure of CAMPAIGN_MEASURES) {
		const value = expected[measure]!;
		if (Number.isInteger(value)) expect(actual[measure], `${label} ${measure}`).toBe(value);
		else expect(actual[measure], `${label} ${measure}`).toBeCloseTo(value, 6);
	}
}

function addDays(iso: string, days: number): string {
	const date = new Date(`${iso}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}
