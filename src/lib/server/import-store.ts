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
	/** When the import was undone (its rows left the facts); null while it counts. */
	undoneAt: string | null;
	/** The account that undid it; null while it counts, or when the command line undid it. */
	undoneBy: string | null;
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
	entry: Omit<StoredImport, 'id' | 'importedAt' | 'importedBy' | 'undoneAt' | 'undoneBy'> & {
		importedBy?: string | null;
	},
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

const COLUMNS = `id, campaign_id, file_name, content_hash, byte_size, options, report, source,
	imported_by, imported_at, undone_at, undone_by`;

interface ImportRow {
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
	undone_at: string | null;
	undone_by: string | null;
}

/**
 * A campaign's imports in the order they were made (the order their rows were merged),
 * undone ones included.
 */
export function listImports(db: Db, campaignId: string): StoredImport[] {
	const rows = db
		.prepare(`SELECT ${COLUMNS} FROM import WHERE campaign_id = ? ORDER BY id`)
		.all(campaignId) as ImportRow[];
	return rows.map(toStoredImport);
}

/** The imports whose rows make up the campaign's facts: every one not undone, in order. */
export function listActiveImports(db: Db, campaignId: string): StoredImport[] {
	return listImports(db, campaignId).filter((i) => i.undoneAt === null);
}

/** One import of a campaign, or null when the campaign has no import with that id. */
export function findImport(db: Db, campaignId: string, importId: number): StoredImport | null {
	const row = db
		.prepare(`SELECT ${COLUMNS} FROM import WHERE campaign_id = ? AND id = ?`)
		.get(campaignId, importId) as ImportRow | undefined;
	return row ? toStoredImport(row) : null;
}

/**
 * Marks an import undone (by an account, or null for the command line) or, with `undone`
 * null, counts it again. The record and its original file stay either way. Returns whether
 * anything changed: false when the import is missing or already in that state.
 */
export function setImportUndone(
	db: Db,
	campaignId: string,
	importId: number,
	undone: { by: string | null; at?: Date } | null
): boolean {
	const result = undone
		? db
				.prepare(
					`UPDATE import SET undone_at = ?, undone_by = ?
					WHERE campaign_id = ? AND id = ? AND undone_at IS NULL`
				)
				.run((undone.at ?? new Date()).toISOString(), undone.by, campaignId, importId)
		: db
				.prepare(
					`UPDATE import SET undone_at = NULL, undone_by = NULL
					WHERE campaign_id = ? AND id = ? AND undone_at IS NOT NULL`
				)
				.run(campaignId, importId);
	return result.changes === 1;
}

/**
 * What the facts are built from, as text: the ids of the imports that count, in order. The
 * facts are a function of it, so a cache made for another signature is stale.
 */
export function factsSignature(imports: readonly Pick<StoredImport, 'id' | 'undoneAt'>[]): string {
	return imports
		.filter((i) => i.undoneAt === null)
		.map((i) => i.id)
		.join(',');
}

/**
 * A short name for the facts' current content, for pages to know when to fetch them again:
 * it changes with every import, undo and redo.
 */
export function factsVersion(imports: readonly Pick<StoredImport, 'id' | 'undoneAt'>[]): string {
	return createHash('sha256').update(factsSignature(imports)).digest('hex').slice(0, 16);
}

function toStoredImport(row: ImportRow): StoredImport {
	return {
		id: row.id,
		campaignId: row.campaign_id,
		fileName: row.file_name,
		contentHash: row.content_hash,
		byteSize: row.byte_size,
		options: importOptionsSchema.parse(JSON.parse(row.options)),
		report: JSON.parse(row.report) as ImportReport,
		source: row.source,
		importedBy: row.imported_by,
		importedAt: row.imported_at,
		undoneAt: row.undone_at,
		undoneBy: row.undone_by
	};
}
