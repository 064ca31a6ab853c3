/**
 * Shared by the import test files: one real engine per file, and helpers that import a file
 * and read back what it loaded.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { MEASURES } from '$lib/domain/facts';
import type { Engine } from '$lib/engine/engine';
import { createNodeEngine } from '$lib/engine/node-engine';
import { importCsv } from '$lib/ingest/import-csv';
import { ImportError, type ImportOptions } from '$lib/ingest/import-options';
import type { ImportReport } from '$lib/ingest/report';
import { quoteIdentifier } from '$lib/sql/quote';
export const FIXTURES = new URL('../fixtures/exports/', import.meta.url);

export type Value = number | string | boolean | null;

/** A loaded row: canonical columns, its physical line and its unmapped cells in order. */
export interface LoadedRow {
	line: number;
	extras: (string | null)[];
	[column: string]: Value | (string | null)[];
}

export interface Imported {
	report: ImportReport;
	rows: LoadedRow[];
	distinctKeys: number;
}

let engine: Engine;

/** The file's engine, for tests that query it directly. */
export function importEngine(): Engine {
	return engine;
}

/** Starts the file's engine before its tests and closes it after them. */
export function useImportEngine(): void {
	beforeAll(async () => {
		engine = await createNodeEngine();
	});
	afterAll(async () => {
		await engine.close();
	});
}

/** Imports bytes or text, reads back every loaded row, and drops the import's table. */
export async function load(
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

export async function importError(
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

export function column(imported: Imported, name: string): Value[] {
	return imported.rows.map((row) => row[name] as Value);
}

export function extra(imported: Imported, header: string): (string | null)[] {
	const index = imported.report.unmapped.indexOf(header);
	expect(index, `${header} is unmapped`).toBeGreaterThanOrEqual(0);
	return imported.rows.map((row) => row.extras[index] ?? null);
}

/** Lines of a fixture's text after its header that hold a record (none spans two lines). */
export function recordLinesAfter(text: string, header: number): number[] {
	return text
		.split(/\r?\n/)
		.map((line, i) => ({ line: i + 1, blank: line.trim() === '' }))
		.filter((l) => l.line > header && !l.blank)
		.map((l) => l.line);
}

export function range(from: number, to: number): number[] {
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
