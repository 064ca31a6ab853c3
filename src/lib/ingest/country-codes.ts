const LANGUAGES = ['en', 'es', 'pt'];
let cache: Map<string, string> | null = null;

/**
 * Country names in English, Spanish and Portuguese (lowercase, without accents) → ISO 3166
 * code, from the runtime's own CLDR data, so a `Country` column saying "México" or "Brasil"
 * maps to a market.
 */
export function countryCodes(): Map<string, string> {
	if (cache) return cache;
	const names = new Map<string, string>();
	const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
	for (const language of LANGUAGES) {
		const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
		for (const a of letters)
			for (const b of letters) {
				const code = a + b;
				const name = safeName(display, code);
				if (name) names.set(normalise(name), code);
			}
	}
	cache = names;
	return names;
}

function safeName(display: Intl.DisplayNames, code: string): string | undefined {
	try {
		return display.of(code);
	} catch {
		return undefined;
	}
}

function normalise(name: string): string {
	return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
