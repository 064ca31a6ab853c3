import { defineConfig } from '@playwright/test';

const port = Number(process.env.PARALLAX_E2E_PORT ?? 4319);

/** Chromium from PARALLAX_CHROMIUM, else Debian's; Playwright's own download is not needed. */
const executablePath = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';

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
			executablePath,
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
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
