import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * The access server's own SQLite file, opened beside the running server (WAL lets both write).
 * The journeys use it to let time pass for one link, as the server's clock cannot be moved.
 */
export function serverDatabase(dataDir = '.parallax-e2e-access'): Database.Database {
	const db = new Database(path.join(dataDir, 'parallax.sqlite'));
	db.pragma('busy_timeout = 5000');
	return db;
}

/** Every byte the server has stored: the database, its write-ahead log and the data files. */
export function storedBytes(dataDir = '.parallax-e2e-access'): Buffer {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const file = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(file);
			else files.push(file);
		}
	};
	walk(dataDir);
	return Buffer.concat(files.map((file) => fs.readFileSync(file)));
}
