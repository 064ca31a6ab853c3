import { createRequire } from 'node:module';
import { tableFromIPC, type Table } from 'apache-arrow';
import {
	ConsoleLogger,
	LogLevel,
	NODE_RUNTIME,
	createDuckDB,
	type DuckDBBindings,
	type DuckDBConnection
} from '@duckdb/duckdb-wasm/blocking';
import { EngineError, SESSION_SETUP, type Engine, type Row } from './engine';
import { toRows } from './arrow-rows';

const require = createRequire(import.meta.url);

/**
 * DuckDB in Node through duckdb-wasm's blocking build: the very engine the browser runs,
 * so a number computed in a test or on the command line is the number on screen.
 */
export async function createNodeEngine(): Promise<Engine> {
	const dist = (file: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);
	const db = await createDuckDB(
		{
			mvp: { mainModule: dist('duckdb-mvp.wasm'), mainWorker: dist('duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: dist('duckdb-eh.wasm'), mainWorker: dist('duckdb-node-eh.worker.cjs') }
		},
		new ConsoleLogger(LogLevel.WARNING),
		NODE_RUNTIME
	);
	await db.instantiate();
	// Decimals are scaled in toRows: duckdb-wasm's castDecimalToDouble multiplies by 10^-scale,
	// so a sum of 3.80 would arrive as 3.8000000000000003.
	db.open({ query: { castBigIntToDouble: true } });
	const conn = db.connect();
	for (const statement of SESSION_SETUP) conn.query(statement);
	return new NodeEngine(db, conn);
}

class NodeEngine implements Engine {
	constructor(
		private readonly db: DuckDBBindings,
		private readonly conn: DuckDBConnection
	) {}

	async exec(sql: string): Promise<void> {
		this.run(sql);
	}

	async query<T extends Row = Row>(sql: string): Promise<T[]> {
		return toRows<T>(this.run(sql));
	}

	async queryArrow(sql: string): Promise<Table> {
		return this.run(sql);
	}

	async registerFile(name: string, bytes: Uint8Array): Promise<void> {
		this.db.registerFileBuffer(name, bytes);
	}

	async dropFile(name: string): Promise<void> {
		this.db.dropFile(name);
	}

	async loadArrow(table: string, ipc: Uint8Array): Promise<void> {
		this.run(`DROP TABLE IF EXISTS "${table.replaceAll('"', '""')}"`);
		this.conn.insertArrowFromIPCStream(ipc, { name: table, create: true });
	}

	async close(): Promise<void> {
		this.conn.close();
		this.db.reset();
	}

	private run(sql: string): Table {
		try {
			// The Arrow bytes are decoded here with the project's apache-arrow rather than the copy
			// bundled with duckdb-wasm's CommonJS build: two module instances of apache-arrow break
			// each other's instanceof checks (a table re-encoded across them has zero rows).
			const connection = this.conn.useUnsafe((_, id) => id);
			return tableFromIPC(this.db.runQuery(connection, sql).slice());
		} catch (error) {
			throw new EngineError(error instanceof Error ? error.message : String(error), sql);
		}
	}
}
