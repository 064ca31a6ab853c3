import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { problem } from '$lib/domain/problem';
import { inboxDir, moveToFailed, readInboxNotice, writeWaitingNotes } from './inbox-folder';

let dataDir: string;
let dir: string;

beforeEach(() => {
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-inbox-folder-'));
	dir = inboxDir(dataDir, 'launch');
	fs.mkdirSync(dir, { recursive: true });
});

afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('the inbox notice', () => {
	it('keeps the problem of a failed file beside its English reason', () => {
		fs.writeFileSync(path.join(dir, 'a.csv'), 'x');
		const why = problem('problem_import_no_market_column', { file: 'inbox/a.csv' });
		moveToFailed(dir, 'a.csv', { reason: 'inbox/a.csv: no market column found', problem: why });
		fs.writeFileSync(path.join(dir, 'b.csv'), 'y');
		moveToFailed(dir, 'b.csv', { reason: 'inbox/b.csv: disk full', problem: null });

		const failed = readInboxNotice(dataDir, 'launch').failed;
		expect(failed.map(({ reason, problem }) => ({ reason, problem }))).toEqual(
			expect.arrayContaining([
				{ reason: 'inbox/a.csv: no market column found', problem: why },
				{ reason: 'inbox/b.csv: disk full', problem: null }
			])
		);
		const [problemFile] = fs
			.readdirSync(path.join(dir, 'failed'))
			.filter((f) => f.endsWith('.json'));
		expect(problemFile).toMatch(/-a\.csv\.reason\.json$/);
	});

	it('reads the notes of an older version, which kept no problem', () => {
		fs.writeFileSync(
			path.join(dir, '.waiting.json'),
			JSON.stringify([{ file: 'x.csv', note: 'the file is empty', since: '2026-05-01T00:00:00Z' }])
		);
		expect(readInboxNotice(dataDir, 'launch').waiting).toEqual([
			{ file: 'x.csv', note: 'the file is empty', since: '2026-05-01T00:00:00Z' }
		]);
	});

	it('keeps the problem of a waiting note', () => {
		const note = {
			file: 'x.csv',
			note: 'the file is empty',
			problem: problem('problem_inbox_file_empty'),
			since: '2026-05-01T00:00:00Z'
		};
		writeWaitingNotes(dir, [note]);
		expect(readInboxNotice(dataDir, 'launch').waiting).toEqual([note]);
	});
});
