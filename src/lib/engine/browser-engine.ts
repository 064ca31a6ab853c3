import * as duckdb from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { EngineError, SESSION_SETUP, type Engine, type Row } from './engine';
import { toRows } from './arrow-rows';

/** The bundles, served by the app itself: Parallax never needs a CDN at run time. */
const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/** duckdb-wasm in a web worker, behind the Engine interface. */
export async function createBrowserEngine(): Promise<Engine> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	// Decimals are scaled in toRows: duckdb-wasm's castDecimalToDouble multiplies by 10^-scale,
	// so a sum of 3.80 would arrive as 3.8000000000000003.
	await db.open({ query: { castBigIntToDouble: true } });
	const conn = await db.connect();
	for (const statement of SESSION_SETUP) await conn.query(statement);
	return new BrowserEngine(db, conn, worker);
}

class BrowserEngine implements Engine {
	constructor(
		private readonly db: duckdb.AsyncDuckDB,
		private readonly conn: duckdb.AsyncDuckDBConnection,
		private readonly worker: Worker
	) {}

	async exec(sql: string): Promise<void> {
		await this.run(sql);
	}

	async query<T extends Row = Row>(sql: string): Promise<T[]> {
		return toRows<T>(await this.run(sql));
	}

	async queryArrow(sql: string): Promise<Table> {
		return this.run(sql);
	}

	async registerFile(name: string, bytes: Uint8Array): Promise<void> {
		// The worker takes ownership of the buffer it is given (the caller's copy would be
		// emptied), and callers keep using their bytes: hand over a copy.
		await this.db.registerFileBuffer(name, bytes.slice());
	}

	async dropFile(name: string): Promise<void> {
		await this.db.dropFile(name);
	}

	async loadArrow(table: string, ipc: Uint8Array): Promise<void> {
		await this.run(`DROP TABLE IF EXISTS "${table.replaceAll('"', '""')}"`);
		await this.conn.insertArrowFromIPCStream(ipc, { name: table, create: true });
	}

	async close(): Promise<void> {
		await this.conn.close();
		await this.db.terminate();
		this.worker.terminate();
	}

	private async run(sql: string): Promise<Table> {
		try {
			return await this.conn.query(sql);
		} catch (error) {
			throw new EngineError(error instanceof Error ? error.message : String(error), sql);
		}
	}
}

let shared: Promise<Engine> | null = null;

/** The page's one engine, started on first use (never during server rendering). */
export function browserEngine(): Promise<Engine> {
	shared ??= createBrowserEngine().catch((error) => {
		shared = null;
		throw error;
	});
	return shared;
}
