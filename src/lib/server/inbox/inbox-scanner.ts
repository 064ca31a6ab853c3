import fs from 'node:fs';
import path from 'node:path';
import type { Campaign } from '$lib/domain/campaign';
import { problem, type Problem } from '$lib/domain/problem';
import { problemText } from '$lib/i18n/problem-text';
import { decodeFile, headText } from '$lib/ingest/decode';
import { ImportError } from '$lib/ingest/import-options';
import type { ImportReport } from '$lib/ingest/report';
import { LayoutError, sniffLayout } from '$lib/ingest/sniff-layout';
import type { AppContext } from '../app-context';
import { findCampaign, listCampaigns } from '../campaign-store';
import { listActiveImports, type StoredImport } from '../import-store';
import {
	decideInboxFile,
	inboxFileProblem,
	type ConfirmedImport,
	type InboxDecision
} from './decide-inbox-file';
import {
	inboxDir,
	moveToFailed,
	moveToImported,
	readWaitingNotes,
	writeWaitingNotes,
	type Failure,
	type WaitingNote
} from './inbox-folder';
import { isInboxCandidate, settledFiles, type FileStamp } from './inbox-readiness';

/** What the scanner needs of the server's context. */
export type InboxContext = Pick<AppContext, 'db' | 'facts' | 'config' | 'people'>;

/** What became of one settled file in one scan. */
export type InboxOutcome = { campaignId: string; file: string } & (
	| {
			status: 'imported';
			/** The stored import; null when these bytes were already imported with these options. */
			importId: number | null;
			report: ImportReport;
	  }
	/** `note` in English, `problem` the same for a page to word in its reader's language. */
	| { status: 'waiting'; note: string; problem: Problem }
	/** `reason` in English; `problem` when one names it (not for a fault of the server). */
	| ({ status: 'failed' } & Failure)
);

/**
 * Looks at campaign inboxes and imports the files that are complete and decided. It
 * remembers each file's size and time from the previous scan: a file is read only once they
 * held still for a whole scan interval (see inbox-readiness). Imports go through the facts
 * service, so they queue behind uploads like any other import.
 */
export class InboxScanner {
	readonly #stamps = new Map<string, Map<string, FileStamp>>();
	// A waiting file is decided again only when it or the campaign's imports change.
	readonly #waits = new Map<string, { key: string; decision: InboxDecision }>();

	constructor(private readonly context: InboxContext) {}

	/** Scans the inboxes of the given campaigns (every campaign by default), one after another. */
	async scan(campaignIds?: readonly string[]): Promise<InboxOutcome[]> {
		const ids = campaignIds ?? listCampaigns(this.context.db).map((c) => c.id);
		const outcomes: InboxOutcome[] = [];
		for (const id of ids) outcomes.push(...(await this.#scanCampaign(id)));
		return outcomes;
	}

	async #scanCampaign(campaignId: string): Promise<InboxOutcome[]> {
		const dir = inboxDir(this.context.config.dataDir, campaignId);
		fs.mkdirSync(dir, { recursive: true });
		const current = stampFiles(dir);
		const settled = settledFiles(this.#stamps.get(campaignId) ?? new Map(), current);
		this.#stamps.set(campaignId, current);
		const campaign = settled.length > 0 ? findCampaign(this.context.db, campaignId) : null;

		const outcomes: InboxOutcome[] = [];
		for (const name of campaign ? settled : []) {
			const outcome = await this.#handle(campaign!, dir, name, current.get(name)!);
			if (outcome) outcomes.push({ campaignId, file: name, ...outcome });
		}
		this.#keepNotes(dir, current, outcomes);
		return outcomes;
	}

	async #handle(
		campaign: Campaign,
		dir: string,
		name: string,
		stamp: FileStamp
	): Promise<DistributiveOmit<InboxOutcome, 'campaignId' | 'file'> | null> {
		const refused = inboxFileProblem(name, stamp.size, this.context.config.maxUploadBytes);
		if (refused) return waiting(refused);
		const file = path.join(dir, name);
		const imports = listActiveImports(this.context.db, campaign.id);
		const key = `${stamp.size}:${stamp.mtimeMs}:${imports.map((i) => i.id).join(',')}`;
		const known = this.#waits.get(file);
		if (known?.key === key && known.decision.kind === 'wait') return waiting(known.decision.note);

		const bytes = readStill(file, stamp);
		if (!bytes) return null;

		let decision: InboxDecision;
		try {
			decision = decideInboxFile({
				name,
				headers: readHeaders(bytes),
				markets: campaign.markets.map((m) => m.code),
				imports: imports.map(toConfirmedImport)
			});
		} catch (error) {
			return this.#fail(dir, name, failureOf(error, `inbox/${name}`));
		}
		if (decision.kind === 'wait') {
			this.#waits.set(file, { key, decision });
			return waiting(decision.note);
		}
		this.#waits.delete(file);

		let result;
		try {
			result = await this.context.facts.importFile(campaign, bytes, decision.options, 'inbox');
		} catch (error) {
			return this.#fail(dir, name, failureOf(error, decision.options.fileName));
		}
		moveAside(() => moveToImported(dir, name));
		if (result.importId !== null) {
			this.context.people.audit.record({
				accountId: null,
				campaignId: campaign.id,
				action: 'import_created',
				itemKind: 'import',
				itemId: String(result.importId),
				detail: {
					file: decision.options.fileName,
					bytes: bytes.length,
					rows: result.report.rows,
					// The import whose mapping this one followed.
					mappingFrom: decision.confirmedBy
				}
			});
		}
		return { status: 'imported', importId: result.importId, report: result.report };
	}

	#fail(dir: string, name: string, failure: Failure): { status: 'failed' } & Failure {
		moveAside(() => moveToFailed(dir, name, failure));
		return { status: 'failed', ...failure };
	}

	/**
	 * Writes the notes of the files that wait: this scan's, and the earlier note of a waiting
	 * file that is being written again (it keeps its note until it settles).
	 */
	#keepNotes(dir: string, current: ReadonlyMap<string, FileStamp>, outcomes: InboxOutcome[]) {
		const earlier = new Map(readWaitingNotes(dir).map((note) => [note.file, note]));
		const decided = new Set(outcomes.map((o) => o.file));
		const now = new Date().toISOString();
		const notes: WaitingNote[] = [];
		for (const outcome of outcomes) {
			if (outcome.status !== 'waiting') continue;
			const before = earlier.get(outcome.file);
			const since = before?.note === outcome.note ? before.since : now;
			notes.push({ file: outcome.file, note: outcome.note, problem: outcome.problem, since });
		}
		for (const [name, note] of earlier)
			if (current.has(name) && !decided.has(name)) notes.push(note);
		for (const file of this.#waits.keys())
			if (path.dirname(file) === dir && !current.has(path.basename(file))) this.#waits.delete(file);
		writeWaitingNotes(
			dir,
			notes.sort((a, b) => a.file.localeCompare(b.file))
		);
	}
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The size and time of every candidate file at the inbox's top level. */
function stampFiles(dir: string): Map<string, FileStamp> {
	const stamps = new Map<string, FileStamp>();
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		if (!entry.isFile() || !isInboxCandidate(entry.name)) continue;
		try {
			const stat = fs.statSync(path.join(dir, entry.name));
			stamps.set(entry.name, { size: stat.size, mtimeMs: stat.mtimeMs });
		} catch {
			// Renamed or removed between the listing and the look: the next scan sees where it went.
		}
	}
	return stamps;
}

/**
 * The file's bytes, or null when it changed since the look (its writer started again: the
 * next scans wait for quiet) or went away (moved by someone else).
 */
function readStill(file: string, stamp: FileStamp): Uint8Array | null {
	try {
		const bytes = new Uint8Array(fs.readFileSync(file));
		const unchanged = bytes.length === stamp.size && fs.statSync(file).mtimeMs === stamp.mtimeMs;
		return unchanged ? bytes : null;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
}

/** The file's header line, found the way the import finds it. */
function readHeaders(bytes: Uint8Array): string[] {
	return sniffLayout(headText(decodeFile(bytes).utf8)).headers;
}

function toConfirmedImport(stored: StoredImport): ConfirmedImport {
	return {
		id: stored.id,
		platform: stored.report.detected.platform,
		headers: [...Object.keys(stored.report.mapping), ...stored.report.unmapped],
		options: stored.options
	};
}

/** Moves a handled file out of the way; one removed meanwhile by someone else is no error. */
function moveAside(move: () => string): void {
	try {
		move();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
}

/** A waiting outcome: its note in English and as the problem a page words. */
function waiting(note: Problem): { status: 'waiting'; note: string; problem: Problem } {
	return { status: 'waiting', note: problemText(note, 'en'), problem: note };
}

/**
 * Why a file failed, naming it as the import does: an import's own problem; a file with no
 * table; otherwise (a fault) the error's first line, which no problem words.
 */
function failureOf(error: unknown, file: string): Failure {
	if (error instanceof ImportError) return { reason: error.message, problem: error.problem };
	if (error instanceof LayoutError) {
		const named = problem(error.code, { file });
		return { reason: problemText(named, 'en'), problem: named };
	}
	const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
	return { reason: `${file}: ${detail}`, problem: null };
}
