/**
 * The benchmark page. It exposes `window.ingestBench`, which the runner (run.js) drives
 * through Playwright: fetch one CSV into memory, start DuckDB, then time one import method.
 * Each page load times a single method once, so memory left by one method never counts
 * against another.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { fromCSV } from 'arquero';
import { createBrowserEngine } from '$lib/engine/browser-engine';
import { SESSION_SETUP, type Engine } from '$lib/engine/engine';
import { importCsv } from '$lib/ingest/import-csv';

/** A method the runner can time. */
export type Method = 'parallax' | 'bareReadCsv' | 'arquero';

/** One engine call made by the import, with its duration. */
export interface StatementTiming {
	call: 'exec' | 'query' | 'queryArrow' | 'registerFile' | 'dropFile' | 'loadArrow';
	/** The statement with whitespace collapsed and generated table names made stable. */
	label: string;
	ms: number;
}

/** What one timed method hands back to the runner. */
export interface MethodResult {
	ms: number;
	/** Rows the method produced (for Parallax: loaded + rejected + summary rows skipped). */
	rows: number;
	/** Parallax only: every engine call of the import, in order. */
	statements?: StatementTiming[];
	/** Parallax only: the report's row counts. */
	report?: { loaded: number; rejected: number; summary_skipped: number };
}

/** The functions the runner calls. */
export interface IngestBench {
	load(url: string): Promise<{ bytes: number }>;
	/** Starts the database the method needs: Parallax's engine, or plain duckdb-wasm. */
	startEngine(method: Method): Promise<{ ms: number }>;
	parallax(): Promise<MethodResult>;
	bareReadCsv(): Promise<MethodResult>;
	arquero(): Promise<MethodResult>;
	/** Runs a method once, untimed, on the file's first lines, so its code is compiled. */
	warmUp(method: Method): Promise<{ ms: number }>;
}

declare global {
	interface Window {
		ingestBench: IngestBench;
	}
}

/** Plain duckdb-wasm, as an application without Parallax's engine layer would use it. */
interface BareDuckDb {
	db: duckdb.AsyncDuckDB;
	conn: duckdb.AsyncDuckDBConnection;
}

let bytes: Uint8Array | null = null;
let engine: Engine | null = null;
let bare: BareDuckDb | null = null;
// Results stay referenced until the page is closed, so the memory peak includes them.
const kept: unknown[] = [];

function takeBytes(): Uint8Array {
	// registerFileBuffer transfers the buffer to the worker, so each page load runs one method.
	if (!bytes) throw new Error('load() a CSV first; each page load runs one method');
	const taken = bytes;
	bytes = null;
	return taken;
}

/** A copy of the header and the first data lines: the buffer handed to a method is consumed. */
function headCopy(lines: number): Uint8Array {
	if (!bytes) throw new Error('load() a CSV first');
	let end = 0;
	for (let seen = 0; seen <= lines && end < bytes.length; end++) if (bytes[end] === 10) seen++;
	return bytes.slice(0, end);
}

function needEngine(): Engine {
	if (!engine) throw new Error('startEngine("parallax") first');
	return engine;
}

function needBare(): BareDuckDb {
	if (!bare) throw new Error('startEngine("bareReadCsv") first');
	return bare;
}

async function startBare(): Promise<BareDuckDb> {
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	await db.open({});
	const conn = await db.connect();
	// Offline, like Parallax: an extension autoload would try the internet.
	for (const statement of SESSION_SETUP) await conn.query(statement);
	return { db, conn };
}

/** read_csv as DuckDB sniffs it; the worker takes the buffer without a copy. */
async function bareRead({ db, conn }: BareDuckDb, data: Uint8Array, table: string) {
	await db.registerFileBuffer(`${table}.csv`, data);
	await conn.query(`CREATE TABLE ${table} AS SELECT * FROM read_csv('${table}.csv')`);
	await db.dropFile(`${table}.csv`);
}

function labelOf(sql: string): string {
	return sql
		.replace(/\s+/g, ' ')
		.replace(/import_\d+_[a-z0-9]+/g, 'import')
		.trim()
		.slice(0, 110);
}

/** Wraps an engine so that every call is timed; the import itself is untouched. */
function timedEngine(inner: Engine, log: StatementTiming[]): Engine {
	async function timed<T>(call: StatementTiming['call'], label: string, run: () => Promise<T>) {
		const start = performance.now();
		try {
			return await run();
		} finally {
			log.push({ call, label, ms: performance.now() - start });
		}
	}
	return {
		exec: (sql) => timed('exec', labelOf(sql), () => inner.exec(sql)),
		query: (sql) => timed('query', labelOf(sql), () => inner.query(sql)),
		queryArrow: (sql) => timed('queryArrow', labelOf(sql), () => inner.queryArrow(sql)),
		registerFile: (name, data) =>
			timed('registerFile', 'registerFile', () => inner.registerFile(name, data)),
		dropFile: (name) => timed('dropFile', 'dropFile', () => inner.dropFile(name)),
		loadArrow: (table, ipc) => timed('loadArrow', 'loadArrow', () => inner.loadArrow(table, ipc)),
		close: () => inner.close()
	} as Engine;
}

window.ingestBench = {
	async load(url) {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
		bytes = new Uint8Array(await response.arrayBuffer());
		return { bytes: bytes.byteLength };
	},

	async startEngine(method) {
		const start = performance.now();
		if (method === 'parallax') engine = await createBrowserEngine();
		else if (method === 'bareReadCsv') bare = await startBare();
		return { ms: performance.now() - start };
	},

	async parallax() {
		const data = takeBytes();
		const statements: StatementTiming[] = [];
		const timed = timedEngine(needEngine(), statements);
		const start = performance.now();
		const { report } = await importCsv(timed, data, { fileName: 'facts.csv' });
		const ms = performance.now() - start;
		kept.push(report);
		const { loaded, rejected, summary_skipped } = report.rows;
		return {
			ms,
			rows: loaded + rejected + summary_skipped,
			statements,
			report: { loaded, rejected, summary_skipped }
		};
	},

	async bareReadCsv() {
		const data = takeBytes();
		const db = needBare();
		const start = performance.now();
		await bareRead(db, data, 't');
		const ms = performance.now() - start;
		const count = await db.conn.query('SELECT count(*)::INTEGER AS n FROM t');
		return { ms, rows: Number(count.getChild('n')!.get(0)) };
	},

	async warmUp(method) {
		const sample = headCopy(2000);
		const start = performance.now();
		if (method === 'parallax') {
			const { table } = await importCsv(needEngine(), sample, { fileName: 'warm-up.csv' });
			await needEngine().exec(`DROP TABLE IF EXISTS "${table}"`);
		} else if (method === 'bareReadCsv') {
			await bareRead(needBare(), sample, 'warm_up');
			await needBare().conn.query('DROP TABLE warm_up');
		} else {
			fromCSV(new TextDecoder('utf-8').decode(sample));
		}
		return { ms: performance.now() - start };
	},

	async arquero() {
		const data = takeBytes();
		const start = performance.now();
		const table = fromCSV(new TextDecoder('utf-8').decode(data));
		const ms = performance.now() - start;
		kept.push(table);
		return { ms, rows: table.numRows() };
	}
};

document.getElementById('status')!.textContent = 'ready';
