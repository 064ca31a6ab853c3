import { fileURLToPath } from 'node:url';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * A standalone build of the benchmark page: no SvelteKit, src/lib through `$lib`, and the
 * Svelte compiler for the chart component and the rune state classes the live page uses.
 */
export default defineConfig({
	root: here,
	// Relative asset URLs, so the page works from any folder of the static server.
	base: './',
	logLevel: 'warn',
	plugins: [svelte({ configFile: false, preprocess: vitePreprocess() })],
	resolve: {
		alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) }
	},
	build: {
		outDir: fileURLToPath(new URL('../out/live-page', import.meta.url)),
		emptyOutDir: true,
		target: 'es2022',
		// The bench measures the same code the app ships; minified but not split by hand.
		chunkSizeWarningLimit: 10_000
	}
});
