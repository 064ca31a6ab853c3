import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/** A standalone build of the benchmark page: no SvelteKit, only src/lib through `$lib`. */
export default defineConfig({
	root: here,
	// Relative asset URLs, so the page works from any folder of the static server.
	base: './',
	logLevel: 'warn',
	resolve: {
		alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) }
	},
	build: {
		outDir: fileURLToPath(new URL('../out/scoring-page', import.meta.url)),
		emptyOutDir: true,
		target: 'es2022',
		// The bench measures the same code the app ships; minified but not split by hand.
		chunkSizeWarningLimit: 10_000
	}
});
