import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { ImportReport } from '$lib/ingest/report';
import { importOptionsSchema, type ImportOptions } from '$lib/ingest/import-options';
import type { Db } from './database';

/** A stored import: the original file's address, the options it was read with, its counts. */
export interface StoredImport {
	id: number;
	campaignId: string;
	fileName: string;
	contentHash: string;
	byteSize: number;
	options: ImportOptions;
	report: ImportReport;
	source: string;
	/** The account that uploaded it; null for the command line and the sample. */
	importedBy: string | null;
	importedAt: string;
}

/** sha256 of a file's bytes, as hex. */
export function contentHash(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** Keeps the original bytes, content-addressed, written atomically. */
export function storeOriginal(dataDir: string, bytes: Uint8Array): string {
	const hash = contentHash(bytes);
	const dir = path.join(dataDir, 'files');
	const file = path.join(dir, hash);
	if (!fs.existsSync(file)) {
		fs.mkdirSync(dir, { recursive: true });
		const temporary = `${file}.${process.pid}.tmp`;
		fs.writeFileSync(temporary, bytes);
		fs.renameSync(temporary, file);
	}
	return hash;
}

/** The original bytes of a stored import. */
export function readOriginal(dataDir: string, hash: string): Uint8Array {
	return fs.readFileSync(path.join(dataDir, 'files', hash));
}

/** Records an import; call inside the transaction that also commits its rows. */
export function insertImport(
	db: Db,
	entry: Omit<StoredImport, 'id' | 'importedAt' | 'importedBy'> & { importedBy?: string | null },
	now = new Date()
): number {
	const result = db
		.prepare(
			`INSERT INTO import (campaign_id, file_name, content_hash, byte_size, options, report,
				loaded, rejected, summary_skipped, replaced, source, imported_by, imported_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		)
		.run(
			entry.campaignId,
			entry.fileName,
			entry.contentHash,
			entry.byteSize,
			JSON.stringify(entry.options),
			JSON.stringify(entry.report),
			entry.report.rows.loaded,
			entry.report.rows.rejected,
			entry.report.rows.summary_skipped,
			entry.report.rows.replaced,
			entry.source,
			entry.importedBy ?? null,
			now.toISOString()
		);
	return Number(result.lastInsertRowid);
}

/** A campaign's imports in the order they were made (the order their rows were merged). */
export function listImports(db: Db, campaignId: string): StoredImport[] {
	const rows = db
		.prepare(
			`SELECT id, campaign_id, file_name, content_hash, byte_size, options, report, source, imported_by, imported_at
			FROM import WHERE campaign_id = ? ORDER BY id`
		)
		.all(campaignId) as {
		id: number;
		campaign_id: string;
		file_name: string;
		content_hash: string;
		byte_size: number;
		options: string;
		report: string;
		source: string;
		imported_by: string | null;
		imported_at: string;
	}[];
	return rows.map((row) => ({
		id: row.id,
		campaignId: row.campaign_id,
		fileName: row.file_name,
		contentHash: row.content_hash,
		byteSize: row.byte_size,
		options: importOptionsSchema.parse(JSON.parse(row.options)),
		report: JSON.parse(row.report) as ImportReport,
		source: row.source,
		importedBy: row.imported_by,
		importedAt: row.imported_at
	}));
}
