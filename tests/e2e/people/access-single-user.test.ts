import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, request as http, test } from '@playwright/test';

// Single-user mode starts its own servers from the same build, on ports of their own.

const PORT = Number(process.env.PARALLAX_E2E_PORT ?? 4319) + 10;
const DATA_DIR = '.parallax-e2e-single';

function startServer(host: string): { server: ChildProcess; output: () => string } {
	rmSync(DATA_DIR, { recursive: true, force: true });
	let output = '';
	const server = spawn(process.execPath, ['build/index.js'], {
		env: {
			...process.env,
			PARALLAX_SINGLE_USER: '1',
			PARALLAX_DATA_DIR: DATA_DIR,
			HOST: host,
			PORT: String(PORT),
			ORIGIN: `http://127.0.0.1:${PORT}`
		}
	});
	server.stdout!.on('data', (chunk) => (output += chunk));
	server.stderr!.on('data', (chunk) => (output += chunk));
	return { server, output: () => output };
}

test('single-user mode refuses to start on an address other machines can reach', async () => {
	const { server, output } = startServer('0.0.0.0');
	const code = await new Promise<number | null>((done) => server.on('exit', done));
	expect(code).not.toBe(0);
	expect(output()).toContain('PARALLAX_SINGLE_USER is refused while the server listens on 0.0.0.0');
});

test('single-user mode on the loopback address opens the campaign without signing in', async () => {
	const { server, output } = startServer('127.0.0.1');
	try {
		await expect
			.poll(() => output(), { timeout: 60_000 })
			.toContain(`Listening on http://127.0.0.1:${PORT}`);
		const visitor = await http.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
		const live = await visitor.get('/campaigns/sample/live', { maxRedirects: 0 });
		expect(live.status()).toBe(200);
		expect(await live.text()).toContain('Single-user mode');
		expect((await visitor.get('/setup', { maxRedirects: 0 })).headers()['location']).toBe('/');
		const upload = await visitor.post('/campaigns/sample/imports?name=local.csv', {
			data: Buffer.from('date,market,platform,views\n2026-11-20,BR,tiktok,5\n'),
			headers: {
				'content-type': 'application/octet-stream',
				origin: `http://127.0.0.1:${PORT}`
			}
		});
		expect(upload.status()).toBe(200);
		await visitor.dispose();
	} finally {
		server.kill();
	}
});
