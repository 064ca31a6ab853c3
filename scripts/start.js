// `npm start`: builds the app when needed and serves it, on 127.0.0.1 unless HOST says otherwise.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';

const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '3000';

if (!fs.existsSync('build/index.js') || process.env.PARALLAX_REBUILD === '1') {
	const built = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
	if (built.status !== 0) process.exit(built.status ?? 1);
}

const server = spawn(process.execPath, ['build/index.js'], {
	stdio: 'inherit',
	env: {
		...process.env,
		HOST: host,
		PORT: port,
		// Campaign exports can be large; the upload endpoint checks its own limit.
		BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? String(512 * 1024 * 1024)
	}
});
console.log(`Parallax is starting at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
