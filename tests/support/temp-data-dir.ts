import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { closeDatabase } from '$lib/server/database';

/**
 * Points the server at a fresh data folder for the tests of one file, as production finds its
 * context through the environment: `PARALLAX_DATA_DIR` is a new temporary folder, and
 * `PARALLAX_SAMPLE_DIR` an empty one, so that no sample campaign is seeded. `extra` sets further
 * variables (`PARALLAX_NOW`, …) for the same time. After the file's tests the database is closed,
 * both folders are removed and every variable gets back the value it had.
 *
 * Call it at the top of the test file, before anything asks for the server's context.
 * @returns the data folder
 */
export function useTempDataDir(name: string, extra: Record<string, string> = {}): string {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `parallax-${name}-`));
	const noSample = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-no-sample-'));
	const settings = { PARALLAX_DATA_DIR: dataDir, PARALLAX_SAMPLE_DIR: noSample, ...extra };
	const saved = Object.keys(settings).map((key) => [key, process.env[key]] as const);
	Object.assign(process.env, settings);
	afterAll(() => {
		for (const [key, value] of saved) {
			if (value === undefined) delete process.env[key];
			else process.env[key] = value;
		}
		closeDatabase(dataDir);
		fs.rmSync(dataDir, { recursive: true, force: true });
		fs.rmSync(noSample, { recursive: true, force: true });
	});
	return dataDir;
}
