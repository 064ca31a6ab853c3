import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/chromium.js';

const port = Number(process.env.PARALLAX_E2E_PORT ?? 4319);

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	outputDir: 'test-results',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		timezoneId: 'UTC',
		locale: 'en-US',
		launchOptions: {
			executablePath: chromiumPath,
			args: chromiumArgs
		}
	},
	webServer: {
		command: `rm -rf .parallax-e2e && npx vite build && node build/index.js`,
		url: `http://127.0.0.1:${port}/`,
		timeout: 240_000,
		reuseExistingServer: false,
		env: {
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: `http://127.0.0.1:${port}`,
			PARALLAX_DATA_DIR: '.parallax-e2e',
			PARALLAX_NOW: '2026-11-25',
			BODY_SIZE_LIMIT: String(64 * 1024 * 1024),
			TZ: 'UTC'
		}
	}
});
