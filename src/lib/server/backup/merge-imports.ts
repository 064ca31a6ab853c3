import type { Db } from '../database';
import type { CheckedDocument } from './backup-format';
import type { MatchedPeople } from './merge-people';

type ExportedImport = CheckedDocument['imports'][number];

interface StoredImportRow {
	id: number;
	content_hash: string;
	options: string;
	imported_at: string;
	undone_at: string | null;
}

/**
 * Adds the backup's imports that the campaign lacks, after its own and in the backup's order
 * (the order their rows are merged in). An import is the same as a stored one when its bytes
 * and options are: first where the time it was made agrees too, then in order, so that a file
 * imported again after an undo stays two imports. A matched import takes the backup's undone
 * state. Returns how many imports were added or changed.
 */
export function mergeImports(
	db: Db,
	campaignId: string,
	imports: CheckedDocument['imports'],
	to: MatchedPeople['to']
): number {
	const stored = db
		.prepare(
			`SELECT id, content_hash, options, imported_at, undone_at FROM import
			WHERE campaign_id = ? ORDER BY id`
		)
		.all(campaignId) as StoredImportRow[];
	const pairs = pairImports(imports, stored);
	let changed = 0;
	for (const [index, entry] of imports.entries()) {
		const match = pairs.get(index);
		if (!match) {
			insertImport(db, campaignId, entry, to);
			changed++;
		} else if ((match.undone_at === null) !== (entry.undone_at === null)) {
			db.prepare('UPDATE import SET undone_at = ?, undone_by = ? WHERE id = ?').run(
				entry.undone_at,
				to(entry.undone_by),
				match.id
			);
			changed++;
		}
	}
	return changed;
}

/** Which stored import each exported one (by index) is, where there is one. */
function pairImports(
	imports: readonly ExportedImport[],
	stored: readonly StoredImportRow[]
): Map<number, StoredImportRow> {
	const pairs = new Map<number, StoredImportRow>();
	const free = new Set(stored);
	const content = (hash: string, options: unknown) => `${hash} ${canonicalJson(options)}`;
	const storedContent = new Map(
		stored.map((s) => [s, content(s.content_hash, JSON.parse(s.options))])
	);
	const pass = (same: (entry: ExportedImport, row: StoredImportRow) => boolean) => {
		for (const [index, entry] of imports.entries()) {
			if (pairs.has(index)) continue;
			const row = [...free].find((s) => same(entry, s));
			if (row) {
				pairs.set(index, row);
				free.delete(row);
			}
		}
	};
	const sameContent = (entry: ExportedImport, row: StoredImportRow) =>
		storedContent.get(row) === content(entry.content_hash, entry.options);
	pass((entry, row) => sameContent(entry, row) && row.imported_at === entry.imported_at);
	pass(sameContent);
	return pairs;
}

function insertImport(
	db: Db,
	campaignId: string,
	entry: ExportedImport,
	to: MatchedPeople['to']
): void {
	const rows = (entry.report as { rows: Record<string, number> }).rows;
	db.prepare(
		`INSERT INTO import (campaign_id, file_name, content_hash, byte_size, options, report,
			loaded, rejected, summary_skipped, replaced, source, imported_by, imported_at,
			undone_at, undone_by)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	).run(
		campaignId,
		entry.file_name,
		entry.content_hash,
		entry.byte_size,
		JSON.stringify(entry.options),
		JSON.stringify(entry.report),
		rows.loaded,
		rows.rejected,
		rows.summary_skipped,
		rows.replaced,
		entry.source,
		to(entry.imported_by),
		entry.imported_at,
		entry.undone_at,
		to(entry.undone_by)
	);
}

// Stringifies with object keys sorted, so that equal options compare equal whatever their key order.
function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_, item: unknown) =>
		item && typeof item === 'object' && !Array.isArray(item)
			? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: item
	);
}
