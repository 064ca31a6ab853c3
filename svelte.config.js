import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Brotli-compressing the DuckDB wasm bundles costs ~100 s on two cores for little gain on a LAN.
		adapter: adapter({ precompress: false }),
		alias: { $data: 'data' }
	}
};

export default config;
