import { getLocale } from '$lib/paraglide/runtime';

/** Items joined the way the reader's language lists them: "A, B and C", "A, B y C". */
export function formatList(items: readonly string[]): string {
	return new Intl.ListFormat(getLocale(), { type: 'conjunction' }).format(items);
}
