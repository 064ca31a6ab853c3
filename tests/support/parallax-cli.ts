import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** What a run of `parallax` answered: its exit code and both streams. */
export interface CliOutcome {
	code: number;
	stdout: string;
	stderr: string;
}

/**
 * Runs `parallax` as a user would (the package's bin) from the project's folder, with these
 * environment variables over the test's own; a failing run's code and output are returned, not
 * thrown, so that a test can assert on them.
 */
export function parallaxCli(
	env: Record<string, string>
): (...args: string[]) => Promise<CliOutcome> {
	return async (...args) => {
		try {
			const { stdout, stderr } = await run(
				process.execPath,
				[path.join(root, 'bin/parallax.js'), ...args],
				{ cwd: root, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }
			);
			return { code: 0, stdout, stderr };
		} catch (error) {
			const failed = error as CliOutcome;
			return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
		}
	};
}
