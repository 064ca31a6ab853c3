import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, request as http, test, type APIRequestContext } from '@playwright/test';

// A server of its own (single-user, so that no sign-in is needed), killed without warning in
// the middle of a burst of annotation writes, then started again on the same data.

const PORT = Number(process.env.PARALLAX_E2E_PORT ?? 4319) + 11;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DATA_DIR = '.parallax-e2e-crash';
const ANNOTATIONS = '/campaigns/sample/annotations';

async function startServer(): Promise<ChildProcess> {
	let output = '';
	const server = spawn(process.execPath, ['build/index.js'], {
		env: {
			...process.env,
			PARALLAX_SINGLE_USER: '1',
			PARALLAX_DATA_DIR: DATA_DIR,
			HOST: '127.0.0.1',
			PORT: String(PORT),
			ORIGIN
		}
	});
	server.stdout!.on('data', (chunk) => (output += chunk));
	server.stderr!.on('data', (chunk) => (output += chunk));
	await expect.poll(() => output, { timeout: 60_000 }).toContain(`Listening on ${ORIGIN}`);
	return server;
}

function note(title: string) {
	return {
		kind: 'note',
		title,
		body: `Written during the burst: ${title}.`,
		scope: { markets: ['MX'], metrics: ['spend'] },
		time: { at: '2026-11-18' }
	};
}

const send = (client: APIRequestContext, url: string, method: 'post' | 'put', data: unknown) =>
	client[method](url, { data, headers: { origin: ORIGIN }, failOnStatusCode: false });

test('a server killed during a burst of annotation writes keeps every write it acknowledged', async () => {
	test.setTimeout(180_000);
	rmSync(DATA_DIR, { recursive: true, force: true });
	let server = await startServer();
	const client = await http.newContext({ baseURL: ORIGIN });

	const edited = await (await send(client, ANNOTATIONS, 'post', note('edited through'))).json();
	const created = new Map<string, string>();
	const editRevisions: number[] = [];
	let base = edited.revision as number;
	let inFlight = 0;
	let killed = false;

	// Eight writers at once: new notes, and edits of one note on top of its last revision.
	const writer = async (lane: number) => {
		for (let round = 0; !killed; round += 1) {
			const title = `burst ${lane}-${round}`;
			inFlight += 1;
			try {
				if (round % 4 === 3) {
					const answer = await send(client, `${ANNOTATIONS}/${edited.id}`, 'put', {
						content: { ...note(`edited through ${title}`), links: [] },
						base
					});
					if (answer.status() === 200) {
						const saved = (await answer.json()).saved;
						editRevisions.push(saved.revision);
						base = Math.max(base, saved.revision);
					}
				} else {
					const answer = await send(client, ANNOTATIONS, 'post', note(title));
					if (answer.status() === 201) created.set((await answer.json()).id, title);
				}
			} catch {
				// The connection died with the server: not acknowledged, so nothing is owed.
			} finally {
				inFlight -= 1;
			}
		}
	};
	const writers = Promise.all([...Array(8).keys()].map(writer));
	await expect.poll(() => created.size, { timeout: 60_000 }).toBeGreaterThanOrEqual(60);
	const inFlightAtKill = inFlight;
	// Listen for the exit before the kill: it may come while the writers wind down.
	const exited = new Promise((done) => server.once('exit', done));
	server.kill('SIGKILL');
	killed = true;
	await writers;
	await exited;
	expect(inFlightAtKill).toBeGreaterThan(0);
	expect(editRevisions.length).toBeGreaterThan(0);

	server = await startServer();
	try {
		const list = (await (await client.get(ANNOTATIONS)).json()) as { id: string; title: string }[];
		const stored = new Map(list.map((a) => [a.id, a.title]));
		for (const [id, title] of created) expect(stored.get(id)).toBe(title);
		const revisions = (await (await client.get(`${ANNOTATIONS}/${edited.id}`)).json())
			.revisions as {
			revision: number;
		}[];
		const kept = new Set(revisions.map((r) => r.revision));
		for (const revision of editRevisions) expect(kept.has(revision)).toBe(true);
	} finally {
		await client.dispose();
		const exited = new Promise((done) => server.once('exit', done));
		server.kill();
		await exited;
	}

	const db = new Database(path.join(DATA_DIR, 'parallax.sqlite'), { readonly: true });
	try {
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
		expect(db.pragma('foreign_key_check')).toEqual([]);
	} finally {
		db.close();
	}
});
