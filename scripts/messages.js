// How the interface's messages (messages/{en,es,pt}.json) compile into src/lib/paraglide: the
// same options for the build (vite.config.ts) and for type checks and unit tests (`npm run
// messages`), which run without the Vite plugin. The locale is the one the person chose (a
// cookie), else the browser's language, else English.
import { fileURLToPath } from 'node:url';
import { compile } from '@inlang/paraglide-js';

/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const MESSAGE_OPTIONS = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['cookie', 'preferredLanguage', 'baseLocale'],
	cookieName: 'parallax_locale'
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	await compile(MESSAGE_OPTIONS);
}
