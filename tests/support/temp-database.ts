import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '$lib/server/database';

/**
 * Databases of their own for the tests of one file that use the stores without the server's
 * context: each call of the returned function opens a new, migrated database in a new temporary
 * folder (`parallax-<name>-…`). After the file's tests every one is closed and its folder removed.
 *
 * Call it at the top of the test file, and the function it returns in `beforeEach`.
 */
export function useTempDatabases(name: string): () => Db {
	const dirs: string[] = [];
	afterAll(() => {
		for (const dir of dirs) {
			closeDatabase(dir);
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
	return () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), `parallax-${name}-`));
		dirs.push(dir);
		return openDatabase(dir);
	};
}
