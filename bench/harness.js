/**
 * What the browser benchmarks share: the generated facts files in bench/out, the static
 * server the pages are loaded from, and the median of a list of times.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** bench/out: generated files and built pages, git-ignored. */
export const outDir = join(root, 'bench', 'out');

const MIME = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.wasm': 'application/wasm',
	'.csv': 'text/csv; charset=utf-8',
	'.json': 'application/json',
	'.map': 'application/json'
};

/** Writes bench/out/facts-<rows>.csv with the project's generator, unless it is there. */
export function ensureCsv(rows) {
	const file = join(outDir, `facts-${rows}.csv`);
	if (existsSync(file)) return file;
	console.error(`generating ${file}`);
	const generator = join(root, 'data', 'generate.ts');
	const result = spawnSync('npx', ['tsx', generator, '--rows', String(rows), '--out', file], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (result.status !== 0 || !existsSync(file))
		throw new Error(`data/generate.ts failed for ${rows} rows (exit ${result.status})`);
	return file;
}

/**
 * Serves bench/out on 127.0.0.1, on a port the system picks (so two benchmarks never clash),
 * with the MIME types the pages need.
 */
export async function serveOut() {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const file = normalize(join(outDir, path.endsWith('/') ? `${path}index.html` : path));
		if (!file.startsWith(outDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, {
			'content-type': MIME[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(file).size,
			'cache-control': 'no-store'
		});
		createReadStream(file).pipe(response);
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	return server;
}

/** The median of a list of numbers (the mean of the two middle ones for an even count). */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
