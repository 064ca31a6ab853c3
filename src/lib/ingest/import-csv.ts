import { ADDITIVE_MEASURES, DIMENSIONS, MEASURES } from '$lib/domain/facts';
import { problem, type Problem } from '$lib/domain/problem';
import type { Engine } from '$lib/engine/engine';
import { problemText } from '$lib/i18n/problem-text';
import { quoteIdentifier } from '$lib/sql/quote';
import { decodeFile, headText } from './decode';
import { LayoutError, dataRecords, sampleRecords, sniffLayout } from './sniff-layout';
import { splitSections } from './titled-sections';
import { answeredMapping } from './answered-mapping';
import { yearSteps, type YearSteps } from './year-steps';
import { plainNumberColumns } from './plain-columns';
import { mapHeaders } from './map-headers';
import { parseReportedRange } from './reported-range';
import { readRawTable, rawColumn } from './read-raw';
import {
	ImportError,
	parseImportOptions,
	type ImportOptions,
	type ParsedImportOptions
} from './import-options';
import { detectColumnKinds, type ColumnKinds } from './detect-columns';
import { buildPlan } from './build-plan';
import { typedRowsSql, totalsSql } from './row-rules-sql';
import { planGrain, type ColumnPlan } from './import-plan';
import { collectRejects } from './collect-rejects';
import type { ImportReport, StatedTotal } from './report';
import { ImportQuestion, answerWith, type PreviewRow, type Question } from './import-question';
import { PREVIEW_ROWS, previewRows } from './preview-rows';
import { settleFileTotals } from './file-totals';
import { decimalsShown } from './total-rule';
import { recordLines } from './record-lines';

/** Columns of every import's fact rows, in order; the campaign's facts table has the same. */
export const FACT_COLUMNS = [
	'period_start',
	'period_end',
	'grain',
	...DIMENSIONS,
	'currency',
	...MEASURES,
	'extras',
	'_key',
	'_ord'
] as const;

/** The outcome of an import: its report and the table holding its canonical rows. */
export interface ImportResult {
	report: ImportReport;
	/** Table of the loaded rows, with FACT_COLUMNS; the caller owns it (merge, export, drop). */
	table: string;
}

let sequence = 0;

/**
 * Reads one CSV export into canonical fact rows, the same way in the browser and in Node:
 * detect the encoding and layout, map the headers, read every cell as text into DuckDB, then
 * apply the row rules there. Good rows land in the returned table; every other row is
 * reported with its line, column, value and reason. Throws ImportError when the file cannot
 * be read at all (no header, no date or market anywhere, contradictory currency) or the options
 * are not valid.
 */
export async function importCsv(
	engine: Engine,
	bytes: Uint8Array,
	input: ImportOptions
): Promise<ImportResult> {
	try {
		return await readCsv(engine, bytes, input);
	} catch (error) {
		if (!(error instanceof ImportQuestion) || error.question.preview.length > 0) throw error;
		throw new ImportQuestion({
			...error.question,
			preview: await previewGuess(engine, bytes, input, error.question)
		});
	}
}

/**
 * The first rows of a file a question is asked about, as its best guess would read them, so
 * that a person sees what they confirm; the file's own cells alone when there is no guess or
 * the guess does not read the file either.
 */
async function previewGuess(
	engine: Engine,
	bytes: Uint8Array,
	input: ImportOptions,
	question: Question
): Promise<PreviewRow[]> {
	if (question.guess !== null) {
		try {
			const guessed = { ...input, ...answerWith(question, question.guess) };
			const { report, table } = await readCsv(engine, bytes, guessed);
			await engine.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`);
			if (report.sample?.length) return report.sample;
		} catch (error) {
			if (!(error instanceof ImportError)) throw error;
		}
	}
	return rawPreview(bytes);
}

/** The first data records of a file with their headers, nothing read from them. */
function rawPreview(bytes: Uint8Array): PreviewRow[] {
	const head = headText(decodeFile(bytes).utf8);
	const layout = sniffLayout(head);
	return dataRecords(head, layout, PREVIEW_ROWS).map(({ line, fields }) => ({
		line,
		cells: layout.headers.map((header, index) => ({
			header,
			field: '',
			raw: fields[index] ?? null,
			read: null
		}))
	}));
}

async function readCsv(
	engine: Engine,
	bytes: Uint8Array,
	input: ImportOptions
): Promise<ImportResult> {
	const options = parseImportOptions(input);
	const name = `import_${++sequence}_${Date.now().toString(36)}`;
	const decoded = decodeFile(bytes);
	if (decoded.utf8.length === 0)
		throw new ImportError(problem('problem_import_file_empty', { file: options.fileName }));
	const layout = sniffFile(options, headText(decoded.utf8));
	const sectioned = splitSections(decoded.utf8, layout);
	const utf8 = sectioned?.utf8 ?? decoded.utf8;
	const headerMapping = mapHeaders(layout.headers, options.mapping ?? undefined);
	const mapping = answeredMapping(headerMapping.mapping, layout, options);
	checkCurrency(options, headerMapping.currency, headerMapping.currencyConflict);

	const raw = `${name}_raw`;
	const head = headText(utf8);
	const fields = layout.headers.map((header) => mapping[header] ?? null);
	const sampled = sampleRecords(head, layout);
	const plain = plainNumberColumns(sampled, fields, headerMapping.language);
	const fast = plain.size > 0 ? await readRawTable(engine, raw, utf8, layout, plain) : null;
	const typed = fast ? plain : new Set<number>();
	const structural = fast ?? (await readRawTable(engine, raw, utf8, layout)) ?? [];
	try {
		const columns: ColumnPlan[] = layout.headers.map((header, index) => ({
			index,
			header: header || `column ${index + 1}`,
			raw: quoteIdentifier(rawColumn(index)),
			field: mapping[header] ?? null,
			typed: typed.has(index)
		}));
		const kinds = await detectColumnKinds(engine, raw, columns, headerMapping.language, options);
		const reportedRange = layout.preamble.map(parseReportedRange).find((r) => r !== null) ?? null;
		const steps = await yearlessSteps(engine, raw, columns, kinds, options);
		const plan = buildPlan({
			raw,
			columns,
			kinds,
			options,
			headerMapping,
			reportedRange,
			sections: sectioned?.sections ?? [],
			steps
		});
		await engine.exec(typedRowsSql(plan, name));
		const fileTotals = await settleFileTotals(
			engine,
			name,
			columns.flatMap((c) => (c.field ? [c.field] : [])),
			measureDecimals(sampled, columns, plan.decimal)
		);

		const sample = await previewRows(
			engine,
			plan,
			name,
			utf8,
			layout.headerLine,
			dataRecords(head, layout, PREVIEW_ROWS + 50)
		);
		await engine.exec(`DROP TABLE ${quoteIdentifier(raw)}`);
		const [counts] = await engine.query<{
			loaded: number;
			rejected: number;
			summary: number;
			lifetime: number;
		}>(
			`SELECT count(*) FILTER (NOT _summary AND _problems IS NULL)::INTEGER AS loaded,
	count(*) FILTER (_problems IS NOT NULL)::INTEGER AS rejected,
	count(*) FILTER (_summary)::INTEGER AS summary,
	count(*) FILTER (NOT _summary AND _problems IS NULL AND grain = 'lifetime')::INTEGER AS lifetime
FROM ${quoteIdentifier(name)}`
		);
		const [totals] = await engine.query(totalsSql(name));
		const rejects = await collectRejects(engine, name, utf8, layout.headerLine, structural);
		const totalLines = recordLines(
			utf8,
			layout.headerLine,
			fileTotals.map((t) => t.ord),
			structural.map((s) => s.bytePosition)
		);
		const statedTotals = fileTotals.map(({ ord, differing, ...total }) => ({
			total: { line: totalLines.get(ord) ?? -1, ...total },
			differing
		}));
		// What remains is exactly the loaded rows.
		await engine.exec(
			`DELETE FROM ${quoteIdentifier(name)} WHERE _summary OR _problems IS NOT NULL`
		);
		const mappedMeasures = ADDITIVE_MEASURES.filter((m) => columns.some((c) => c.field === m));
		const warnings = [
			...ambiguousDateWarnings(options.fileName, kinds, columns),
			...disagreeingTotalWarnings(options.fileName, statedTotals)
		];
		const grain = counts!.lifetime > counts!.loaded / 2 ? 'lifetime' : planGrain(plan.date);
		const report: ImportReport = {
			file: options.fileName,
			detected: {
				encoding: decoded.encoding,
				bom: decoded.bom,
				delimiter: layout.delimiter,
				decimal: plan.decimal,
				header_row: layout.headerLine,
				platform: headerMapping.platform,
				date_format: kinds.dateFormats.get(dateColumnIndex(plan))?.format?.label ?? null,
				grain,
				date_ambiguous: kinds.ambiguousDates.length > 0,
				reported_range: reportedRange
			},
			mapping: Object.fromEntries(columns.filter((c) => c.field).map((c) => [c.header, c.field!])),
			unmapped: columns.filter((c) => !c.field).map((c) => c.header),
			rows: {
				loaded: counts!.loaded,
				rejected: counts!.rejected + structural.length,
				summary_skipped: counts!.summary,
				replaced: 0
			},
			totals: Object.fromEntries(
				mappedMeasures.map((m) => [m, roundSum(Number(totals?.[m] ?? 0))])
			),
			currency: plan.currency.column ? await singleCurrency(engine, name) : plan.currency.fallback,
			dates: {
				min: (totals?.min_date as string) ?? null,
				max: (totals?.max_date as string) ?? null
			},
			rejects,
			file_totals: statedTotals.map(({ total }) => total),
			sample,
			warnings: warnings.map((warning) => problemText(warning, 'en')),
			warning_problems: warnings
		};
		return { report, table: name };
	} catch (error) {
		await engine.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(name)}`);
		throw error;
	} finally {
		await engine.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(raw)}`);
	}
}

/** One warning per date column whose values did not tell day-first from month-first. */
function ambiguousDateWarnings(file: string, kinds: ColumnKinds, columns: ColumnPlan[]): Problem[] {
	return kinds.ambiguousDates.map((header) => {
		const index = columns.find((c) => c.header === header)!.index;
		const format = kinds.dateFormats.get(index)?.format?.label ?? '';
		return problem('problem_import_date_order_ambiguous', { file, column: header, format });
	});
}

/** How the date column's days run, when they are written without a year. */
async function yearlessSteps(
	engine: Engine,
	raw: string,
	columns: ColumnPlan[],
	kinds: ColumnKinds,
	options: ParsedImportOptions
): Promise<YearSteps | null> {
	if (options.date || options.period) return null;
	const column = columns.find((c) => c.field === 'date');
	const format = column ? kinds.dateFormats.get(column.index)?.format : null;
	if (!column || !format?.toMonthDay) return null;
	const market = options.market ? null : (columns.find((c) => c.field === 'market') ?? null);
	return yearSteps(engine, raw, column, format, market);
}

/** One warning per measure of a stated total that is not the sum of the loaded rows. */
function disagreeingTotalWarnings(
	file: string,
	totals: { total: StatedTotal; differing: string[] }[]
): Problem[] {
	return totals.flatMap(({ total, differing }) =>
		differing.map((measure) => {
			const [stated, rows] = total.measures[measure]!;
			return problem('problem_import_total_disagrees', {
				file,
				line: total.line,
				measure,
				stated: roundSum(stated),
				rows: roundSum(rows)
			});
		})
	);
}

/** The decimals each mapped measure shows in the sampled rows, for the total rule's tolerance. */
function measureDecimals(
	sample: string[][],
	columns: ColumnPlan[],
	decimal: '.' | ','
): Record<string, number> {
	return Object.fromEntries(
		columns
			.filter((c) => c.field && (MEASURES as readonly string[]).includes(c.field))
			.map((c) => [
				c.field!,
				decimalsShown(
					sample.map((r) => r[c.index] ?? ''),
					decimal
				)
			])
	);
}

function sniffFile(options: ParsedImportOptions, head: string) {
	try {
		return sniffLayout(head);
	} catch (error) {
		if (error instanceof LayoutError)
			throw new ImportError(problem(error.code, { file: options.fileName }));
		throw error;
	}
}

function checkCurrency(
	options: ParsedImportOptions,
	fromHeaders: string | null,
	conflict: string[] | null
) {
	const file = options.fileName;
	if (conflict && conflict.length > 1)
		throw new ImportError(
			problem('problem_import_currencies_mixed', { file, currencies: conflict.join(', ') })
		);
	if (options.currency && fromHeaders && options.currency !== fromHeaders)
		throw new ImportError(
			problem('problem_import_currency_contradicts', {
				file,
				given: options.currency,
				header: fromHeaders
			})
		);
}

function dateColumnIndex(plan: ReturnType<typeof buildPlan>): number {
	switch (plan.date.kind) {
		case 'column':
			return plan.date.date.column.index;
		case 'published':
			return plan.date.published.column.index;
		case 'window':
			return plan.date.start.column.index;
		case 'given':
		case 'period':
			return -1;
	}
}

async function singleCurrency(engine: Engine, table: string): Promise<string | null> {
	const rows = await engine.query<{ currency: string | null }>(
		`SELECT DISTINCT currency FROM ${quoteIdentifier(table)} WHERE currency IS NOT NULL ORDER BY 1 LIMIT 2`
	);
	return rows.length === 1 ? rows[0]!.currency : rows.length > 1 ? 'mixed' : null;
}

/** Sums of decimal values drift in the last bits; reports carry 6 decimals at most. */
function roundSum(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}
