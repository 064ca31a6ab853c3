import type { Table } from 'apache-arrow';

/** One result row: column name to a plain JS value (number, string, boolean or null). */
export type Row = Record<string, number | string | boolean | null>;

/**
 * The one way Parallax talks to DuckDB. Domain and query code only ever see this
 * interface, so the same SQL runs on duckdb-wasm in the browser and DuckDB in Node.
 */
export interface Engine {
	/** Runs statements whose result is not needed (DDL, INSERT, SET). */
	exec(sql: string): Promise<void>;
	/** Runs a query and returns its rows with plain JS numbers (no BigInt, decimals scaled). */
	query<T extends Row = Row>(sql: string): Promise<T[]>;
	/** Runs a query and returns the Arrow table as DuckDB produced it. */
	queryArrow(sql: string): Promise<Table>;
	/** Makes bytes readable to SQL (e.g. `read_csv('name')`) under a virtual file name. */
	registerFile(name: string, bytes: Uint8Array): Promise<void>;
	/** Forgets a registered file and frees its memory. */
	dropFile(name: string): Promise<void>;
	/** Creates (or replaces) a table from Arrow IPC stream bytes. */
	loadArrow(table: string, ipc: Uint8Array): Promise<void>;
	/** Releases the connection and the database. */
	close(): Promise<void>;
}

/** An engine failure that carries the SQL that caused it. */
export class EngineError extends Error {
	constructor(
		message: string,
		readonly sql: string
	) {
		super(message);
		this.name = 'EngineError';
	}
}

/** Statements every engine runs right after connecting. */
export const SESSION_SETUP = [
	// With autoload on, a statement that needs an extension tries the internet and can
	// corrupt the wasm instance; Parallax must work offline.
	'SET autoload_known_extensions=false',
	'SET autoinstall_known_extensions=false'
];
