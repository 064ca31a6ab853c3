import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isProblemCode, type Problem, type ProblemCode } from '$lib/domain/problem';

/**
 * A campaign's inbox on disk, `<data dir>/campaigns/<id>/inbox/`:
 *
 * - files dropped at its top level are candidates for import;
 * - `imported/<time>-<name>` keeps each file once its rows are stored;
 * - `failed/<time>-<name>` keeps a file that could not be imported at all, with
 *   `<time>-<name>.reason.txt` beside it saying why in English, and, when the reason is a
 *   problem the Data page can word in its reader's language, `<time>-<name>.reason.json`;
 * - `.waiting.json` holds the note of every file that waits for a person, read by the Data page.
 */

const problemSchema = z.object({
	code: z.custom<ProblemCode>((code) => typeof code === 'string' && isProblemCode(code)),
	params: z.record(z.string(), z.union([z.string(), z.number()])).optional()
});

const waitingNoteSchema = z.object({
	file: z.string(),
	/** The note in English, for people reading the folder. */
	note: z.string(),
	/** The note as a problem, for the Data page to word; absent from notes of older versions. */
	problem: problemSchema.optional(),
	/** When the note was first written (ISO time). */
	since: z.string()
});

/** A file left in the inbox, and why. */
export type WaitingNote = z.infer<typeof waitingNoteSchema>;

/** A file moved to `failed/`, and why. */
export interface FailedFile {
	/** Its name in `failed/`. */
	file: string;
	/** Why, in English. */
	reason: string;
	/** Why, as a problem to word; null for a failure no problem names (a fault, an older note). */
	problem: Problem | null;
	/** When it was moved (ISO time). */
	at: string;
}

/** Why a file could not be imported: in English, and as a problem when one names it. */
export interface Failure {
	reason: string;
	problem: Problem | null;
}

/** What the Data page shows of a campaign's inbox. */
export interface InboxNotice {
	/** The inbox folder, relative to the data directory. */
	folder: string;
	waiting: WaitingNote[];
	/** The latest failures first. */
	failed: FailedFile[];
}

const NOTES = '.waiting.json';
const REASON = '.reason.txt';
const REASON_PROBLEM = '.reason.json';
const SHOWN_FAILURES = 10;

/** The inbox folder of a campaign. */
export function inboxDir(dataDir: string, campaignId: string): string {
	return path.join(dataDir, 'campaigns', campaignId, 'inbox');
}

/** Moves an imported file to `imported/`; returns its new path. */
export function moveToImported(dir: string, name: string, now = new Date()): string {
	return moveInto(dir, 'imported', name, now);
}

/**
 * Moves a file that cannot be imported to `failed/`, with the reason in a text file beside it
 * and its problem, if any, in a JSON file.
 */
export function moveToFailed(
	dir: string,
	name: string,
	failure: Failure,
	now = new Date()
): string {
	const target = moveInto(dir, 'failed', name, now);
	// The problem first: the Data page lists failures by their reason file.
	if (failure.problem)
		fs.writeFileSync(`${target}${REASON_PROBLEM}`, JSON.stringify(failure.problem));
	fs.writeFileSync(`${target}${REASON}`, `${failure.reason}\n`);
	return target;
}

/** The notes of the files waiting in an inbox; none when there is no notes file or it is unreadable. */
export function readWaitingNotes(dir: string): WaitingNote[] {
	try {
		const text = fs.readFileSync(path.join(dir, NOTES), 'utf8');
		return z.array(waitingNoteSchema).parse(JSON.parse(text));
	} catch {
		return [];
	}
}

/**
 * Replaces the notes of an inbox, atomically (a page reading them never sees half a file).
 * Writes nothing when they did not change, so that a quiet inbox costs no disk writes.
 */
export function writeWaitingNotes(dir: string, notes: readonly WaitingNote[]): void {
	const text = JSON.stringify(notes, null, '\t');
	const file = path.join(dir, NOTES);
	if (readText(file) === text) return;
	if (notes.length === 0 && !fs.existsSync(file)) return;
	const temporary = path.join(dir, `${NOTES}.${process.pid}.tmp`);
	fs.writeFileSync(temporary, text);
	fs.renameSync(temporary, file);
}

/** What a campaign's inbox holds for people to act on: waiting files and recent failures. */
export function readInboxNotice(dataDir: string, campaignId: string): InboxNotice {
	const dir = inboxDir(dataDir, campaignId);
	const failedDir = path.join(dir, 'failed');
	const reasons = fs.existsSync(failedDir)
		? fs.readdirSync(failedDir).filter((name) => name.endsWith(REASON))
		: [];
	const failed = reasons
		.map((name) => {
			const file = name.slice(0, -REASON.length);
			return {
				file,
				reason: readText(path.join(failedDir, name))?.trim() ?? '',
				problem: readProblem(path.join(failedDir, `${file}${REASON_PROBLEM}`)),
				at: fs.statSync(path.join(failedDir, name)).mtime.toISOString()
			};
		})
		.sort((a, b) => b.at.localeCompare(a.at) || b.file.localeCompare(a.file))
		.slice(0, SHOWN_FAILURES);
	return {
		folder: path.relative(dataDir, dir).split(path.sep).join('/') + '/',
		waiting: readWaitingNotes(dir),
		failed
	};
}

function moveInto(dir: string, folder: string, name: string, now: Date): string {
	const targetDir = path.join(dir, folder);
	fs.mkdirSync(targetDir, { recursive: true });
	// The time first keeps the folder in import order and two drops of one name apart.
	const target = path.join(targetDir, `${now.toISOString().replace(/[:.]/g, '-')}-${name}`);
	fs.renameSync(path.join(dir, name), target);
	return target;
}

function readProblem(file: string): Problem | null {
	const parsed = problemSchema.safeParse(parseJson(readText(file)));
	return parsed.success ? parsed.data : null;
}

function parseJson(text: string | null): unknown {
	try {
		return text === null ? null : JSON.parse(text);
	} catch {
		return null;
	}
}

function readText(file: string): string | null {
	try {
		return fs.readFileSync(file, 'utf8');
	} catch {
		return null;
	}
}
