import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';

/** The SQLite handle type used by the stores. */
export type Db = Database.Database;

const open = new Map<string, Db>();

/** Opens (once per process) the SQLite database in a data directory, migrated to the latest schema. */
export function openDatabase(dataDir: string): Db {
	const existing = open.get(dataDir);
	if (existing) return existing;
	fs.mkdirSync(dataDir, { recursive: true });
	const db = new Database(path.join(dataDir, 'parallax.sqlite'));
	db.pragma('journal_mode = WAL');
	// Every commit reaches the disk before it is acknowledged: a write the app confirmed survives
	// a killed process or a power cut (SQLite's default, stated because the promise rests on it).
	db.pragma('synchronous = FULL');
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	migrate(db);
	open.set(dataDir, db);
	return db;
}

/** Closes a data directory's database (tests, command line). */
export function closeDatabase(dataDir: string): void {
	open.get(dataDir)?.close();
	open.delete(dataDir);
}

function migrate(db: Db): void {
	const version = db.pragma('user_version', { simple: true }) as number;
	for (let i = version; i < MIGRATIONS.length; i++) {
		db.transaction(() => {
			db.exec(MIGRATIONS[i]!);
			db.pragma(`user_version = ${i + 1}`);
		})();
	}
}
