import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { MESSAGE_OPTIONS } from './scripts/messages.js';

export default defineConfig({
	plugins: [
		// The plugin recompiles the messages as they change; unit tests run on the compiled ones
		// (`npm run messages`), since its file watcher would keep Vitest from exiting.
		...(process.env.VITEST ? [] : [paraglideVitePlugin(MESSAGE_OPTIONS)]),
		sveltekit()
	],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/real/**/*.test.ts'],
		environment: 'node',
		// Command-line tests start processes that seed a campaign first: slow on a busy 2-core machine.
		testTimeout: 180_000,
		hookTimeout: 60_000,
		env: { TZ: 'UTC' }
	}
});
