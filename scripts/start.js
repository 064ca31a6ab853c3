// `npm start`: builds the app when needed and serves it, on 127.0.0.1 unless HOST says otherwise.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';

const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '3000';

if (needsBuild()) {
	const built = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
	if (built.status !== 0) process.exit(built.status ?? 1);
}

const server = spawn(process.execPath, ['build/index.js'], {
	stdio: 'inherit',
	env: {
		...process.env,
		HOST: host,
		PORT: port,
		// SvelteKit checks form posts against the site's origin; adapter-node cannot tell http
		// from https by itself.
		ORIGIN: process.env.ORIGIN ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
		// Campaign exports can be large; the upload endpoint checks its own limit.
		BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? String(512 * 1024 * 1024)
	}
});
console.log(`Parallax is starting at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

/** True when there is no build yet or a source file changed since the last one. */
function needsBuild() {
	if (!fs.existsSync('build/index.js')) return true;
	const built = fs.statSync('build/index.js').mtimeMs;
	const newer = (dir) =>
		fs.readdirSync(dir, { withFileTypes: true }).some((entry) => {
			const file = `${dir}/${entry.name}`;
			return entry.isDirectory() ? newer(file) : fs.statSync(file).mtimeMs > built;
		});
	return (
		newer('src') ||
		['package.json', 'svelte.config.js', 'vite.config.ts'].some(
			(f) => fs.statSync(f).mtimeMs > built
		)
	);
}
