import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/chromium.js';
import { OWNER_STATE } from './tests/e2e/people/accounts';

// Three servers on one build, each with its own data directory: the campaign journeys (signed
// in as the owner made by the setup project), a fresh install for the first-start journey, and
// one where the role-by-action checks may change data without touching the other two.
const base = Number(process.env.PARALLAX_E2E_PORT ?? 4319);
const servers = {
	app: { port: base, dataDir: '.parallax-e2e' },
	fresh: { port: base + 1, dataDir: '.parallax-e2e-fresh' },
	access: { port: base + 2, dataDir: '.parallax-e2e-access' }
};
const url = (port: number) => `http://127.0.0.1:${port}`;

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
		trace: 'retain-on-failure',
		timezoneId: 'UTC',
		locale: 'en-US',
		launchOptions: {
			executablePath: chromiumPath,
			args: chromiumArgs
		}
	},
	projects: [
		{
			name: 'owner',
			testMatch: /people\/owner\.setup\.ts$/,
			use: { baseURL: url(servers.app.port) }
		},
		{
			name: 'campaign',
			testMatch: /e2e\/[^/]+\.test\.ts$/,
			dependencies: ['owner'],
			use: { baseURL: url(servers.app.port), storageState: OWNER_STATE }
		},
		{
			name: 'first-start',
			testMatch: /people\/first-start\.test\.ts$/,
			use: { baseURL: url(servers.fresh.port) }
		},
		{
			name: 'access',
			testMatch: /people\/access-[^/]+\.test\.ts$/,
			use: { baseURL: url(servers.access.port) }
		}
	],
	webServer: Object.values(servers).map(({ port, dataDir }, index) => ({
		// The first server builds the app; Playwright starts the servers one after another.
		command: `rm -rf ${dataDir} && ${index === 0 ? 'npx vite build && ' : ''}node build/index.js`,
		url: `${url(port)}/sign-in`,
		timeout: 240_000,
		reuseExistingServer: false,
		env: {
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: url(port),
			PARALLAX_DATA_DIR: dataDir,
			PARALLAX_NOW: '2026-11-25',
			BODY_SIZE_LIMIT: String(64 * 1024 * 1024),
			TZ: 'UTC'
		}
	}))
});
