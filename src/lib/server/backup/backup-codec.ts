import { gunzipSync, gzipSync } from 'node:zlib';
import { isProblemCode, issueProblem, problem } from '$lib/domain/problem';
import { problemText } from '$lib/i18n/problem-text';
import { contentHash } from '../import-store';
import {
	BACKUP_FORMAT,
	BackupError,
	backupDocumentSchema,
	type BackupDocument,
	type CampaignBackup,
	type CheckedDocument
} from './backup-format';

// JSON text is read whole into one string; V8 strings stop a little short of 512 MiB.
const MAX_TEXT_BYTES = 500 * 1024 * 1024;

/** A backup document as the bytes of its file: JSON, gzip-compressed. */
export function writeBackup(document: BackupDocument): Uint8Array<ArrayBuffer> {
	return gzipSync(JSON.stringify(document), { level: 9 });
}

/**
 * Reads a backup file (gzip-compressed JSON, or the JSON itself) and checks it: its format and
 * version, every field, every original file against its sha256, and that every import's file
 * and every person it names is in it. Throws a BackupError saying what is wrong.
 */
export function readBackup(bytes: Uint8Array): CampaignBackup {
	const document = parseDocument(parseJson(decompress(bytes)));
	const originals = new Map<string, Uint8Array>();
	for (const file of document.files) {
		const data = new Uint8Array(Buffer.from(file.base64, 'base64'));
		if (contentHash(data) !== file.sha256) {
			throw new BackupError(problem('problem_backup_hash', { file: file.sha256.slice(0, 12) }));
		}
		originals.set(file.sha256, data);
	}
	checkReferences(document, originals);
	// The bytes now live in `originals`; the base64 text need not stay in memory beside them.
	document.files = [];
	return { document, originals };
}

function decompress(bytes: Uint8Array): Buffer {
	if (bytes.length === 0) throw new BackupError(problem('problem_backup_empty'));
	const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
	if (!gzip) return Buffer.from(bytes);
	try {
		return gunzipSync(bytes, { maxOutputLength: MAX_TEXT_BYTES });
	} catch (error) {
		const tooLarge = error instanceof RangeError;
		throw new BackupError(
			problem(tooLarge ? 'problem_backup_too_large_packed' : 'problem_backup_damaged')
		);
	}
}

function parseJson(text: Buffer): unknown {
	if (text.length > MAX_TEXT_BYTES) throw new BackupError(problem('problem_backup_too_large'));
	try {
		return JSON.parse(text.toString('utf8'));
	} catch {
		throw new BackupError(problem('problem_backup_not_json'));
	}
}

function parseDocument(json: unknown): CheckedDocument {
	const format =
		json && typeof json === 'object' && 'format' in json
			? (json as { format: unknown }).format
			: null;
	if (typeof format !== 'string' || !format.startsWith('parallax-campaign/')) {
		throw new BackupError(problem('problem_backup_no_format'));
	}
	if (format !== BACKUP_FORMAT) {
		throw new BackupError(
			problem('problem_backup_other_format', { format, expected: BACKUP_FORMAT })
		);
	}
	const parsed = backupDocumentSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		// The detail stays as the schema says it, in English: it names a field of the file format.
		const detail = isProblemCode(issue.message)
			? problemText(issueProblem(issue), 'en')
			: issue.message;
		const path = issue.path.join('.');
		throw new BackupError(
			path
				? problem('problem_backup_invalid', { path, detail })
				: problem('problem_backup_invalid_top', { detail })
		);
	}
	return parsed.data;
}

/** Every import's original is in the file, every person a row must name is listed, no item twice. */
function checkReferences(document: CheckedDocument, originals: Map<string, Uint8Array>): void {
	for (const entry of document.imports) {
		const bytes = originals.get(entry.content_hash);
		const file = entry.file_name;
		if (!bytes) throw new BackupError(problem('problem_backup_original_missing', { file }));
		if (bytes.length !== entry.byte_size) {
			throw new BackupError(problem('problem_backup_original_size', { file }));
		}
	}
	checkPeople(document);
	refuseTwice(
		'person',
		document.people.map((p) => p.email)
	);
	refuseTwice(
		'fx_rate',
		document.fx_rates.map((r) => `${r.date} ${r.currency}`)
	);
	refuseTwice(
		'definition_version',
		document.definitions.map((v) => `${v.id} ${v.version}`)
	);
	refuseTwice(
		'metric',
		document.metrics.map((m) => m.id)
	);
	refuseTwice(
		'annotation',
		document.annotations.map((a) => a.id)
	);
	refuseTwice(
		'membership',
		document.memberships.map((m) => m.person)
	);
	refuseTwice(
		'experiment',
		document.experiments.map((e) => e.id)
	);
	refuseTwice(
		'sourcing_record',
		document.sourcing.map((r) => `${r.creator_id} (${r.market})`)
	);
	refuseTwice(
		'approval_record',
		document.approvals.map((r) => `${r.content_id} (${r.market}, revision ${r.revision})`)
	);
	for (const annotation of document.annotations) {
		const numbers = annotation.revisions.map((r) => r.revision);
		if (numbers.some((n, i) => n !== i + 1) || numbers.at(-1) !== annotation.revision) {
			throw new BackupError(
				problem('problem_backup_revisions', { id: annotation.id, revision: annotation.revision })
			);
		}
	}
}

/**
 * The people of columns that must name an account are listed. An annotation's people may name
 * nobody (the store keeps authors without accounts), so they are not checked.
 */
function checkPeople(document: CheckedDocument): void {
	const people = new Set(document.people.map((p) => p.email));
	// `item` says what names the person: an import, a definition version, a metric, a membership.
	const named = (who: string | null, what: { item: string; name?: string; version?: number }) => {
		if (who !== null && !people.has(who)) {
			throw new BackupError(problem('problem_backup_person_unknown', { person: who, ...what }));
		}
	};
	for (const entry of document.imports) {
		const what = { item: 'import', name: entry.file_name };
		named(entry.imported_by, what);
		named(entry.undone_by, what);
	}
	for (const version of document.definitions) {
		const what = { item: 'definition', name: version.id, version: version.version };
		named(version.created_by, what);
		named(version.updated_by, what);
		for (const signatory of version.signatories) named(signatory.person, what);
	}
	for (const metric of document.metrics) {
		named(metric.updated_by, { item: 'metric', name: metric.id });
	}
	for (const member of document.memberships) {
		named(member.person, { item: 'membership' });
		named(member.created_by, { item: 'membership' });
	}
	for (const test of document.experiments) {
		named(test.created_by, { item: 'experiment', name: test.id });
		named(test.updated_by, { item: 'experiment', name: test.id });
	}
}

/** Refuses a key held twice; `item` is what the keys name (a message variant: `person`, `metric`…). */
function refuseTwice(item: string, keys: string[]): void {
	const seen = new Set<string>();
	for (const key of keys) {
		if (seen.has(key)) throw new BackupError(problem('problem_backup_twice', { item, key }));
		seen.add(key);
	}
}
