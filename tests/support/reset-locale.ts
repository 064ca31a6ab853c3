import { afterEach } from 'vitest';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

/**
 * Gives every test of the file the base locale again after it ran, so that a test reading in
 * another language (`overwriteGetLocale(() => 'pt')`) leaves the next one in English.
 */
export function resetLocaleAfterEach(): void {
	afterEach(() => overwriteGetLocale(() => baseLocale));
}
