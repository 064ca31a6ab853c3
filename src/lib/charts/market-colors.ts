/**
 * One colour per market across the whole app, so that Brazil is the same colour in every
 * chart, card and legend.
 *
 * The campaign markets take the Okabe–Ito colours that stay apart under the common colour
 * vision deficiencies *and* keep at least 3:1 contrast against white (WCAG 1.4.11 for
 * graphics); Okabe–Ito's orange, sky blue and yellow fall below that and are left out.
 */

/** Fixed colours of the campaign markets. */
export const MARKET_COLORS: Readonly<Record<string, string>> = {
	US: '#0072B2', // blue, 5.2:1
	MX: '#009E73', // bluish green, 3.4:1
	BR: '#D55E00', // vermillion, 3.9:1
	CO: '#CC79A7', // reddish purple, 3.1:1
	AR: '#000000' // black, 21:1
};

/**
 * Colours for other markets, each at least 3:1 on white and distinct in hue from the fixed
 * ones (Paul Tol's muted scheme and a brown).
 */
export const FALLBACK_COLORS: readonly string[] = [
	'#332288', // indigo
	'#117733', // green
	'#882255', // wine
	'#999933', // olive
	'#CC6677', // rose
	'#AA4499', // purple
	'#9C755F' // brown
];

/**
 * Returns the colour of a market code (case-insensitive). Codes without a fixed colour get
 * one of the fallback colours, always the same for the same code.
 */
export function colorForMarket(code: string): string {
	const normalised = code.trim().toUpperCase();
	const fixed = MARKET_COLORS[normalised];
	if (fixed) return fixed;
	// A small string hash (FNV-1a) keeps the choice stable across sessions and machines.
	let hash = 0x811c9dc5;
	for (let i = 0; i < normalised.length; i++) {
		hash ^= normalised.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return FALLBACK_COLORS[(hash >>> 0) % FALLBACK_COLORS.length] as string;
}
