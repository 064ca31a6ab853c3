// The Chromium that the end-to-end tests and the benchmarks drive: PARALLAX_CHROMIUM if set,
// else Debian's. Playwright's own browser download needs the internet, which CI lacks.

/** Path of the Chromium executable. */
export const chromiumPath = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Launch flags: headless without a sandbox (CI runs as root), and none of the background
 * network traffic that a closed network refuses.
 */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
