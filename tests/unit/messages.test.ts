import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

// The interface's messages: one catalog per language, each with every key of the English one.
// Paraglide falls back to English for a missing key without a word, so this test is what
// notices a message left untranslated.

const LOCALES = ['en', 'es', 'pt'] as const;

/**
 * Messages that read the same in every language: names, codes and units. Anything else equal
 * to its English text in Spanish or Portuguese is most likely a copy that was never translated.
 */
const SAME_IN_EVERY_LANGUAGE = new Set<string>([
	// An acronym the teams of every market use as it is.
	'common_kpi',
	// The symbol of the hour, "52 h", is the same in every language.
	'timeline_hours'
]);

/** A message as a catalog holds it: a text, or its variants (plural forms) wrapped in an array. */
type Message = string | { match: Record<string, string> }[];

function catalog(locale: string): Record<string, Message> {
	const parsed = JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8'));
	delete parsed.$schema;
	return parsed;
}

/** Every text a message may show: the text itself, or each of its variants. */
function textsOf(message: Message): string[] {
	return typeof message === 'string'
		? [message]
		: message.flatMap((variant) => Object.values(variant.match));
}

/**
 * The `{placeholders}` a message fills in, each once, sorted. A translation may say one twice
 * or once where English says it the other way.
 */
function placeholders(message: Message): string[] {
	const names = textsOf(message).flatMap((text) =>
		[...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)
	);
	return [...new Set(names)].sort();
}

const english = catalog('en');

describe.each(LOCALES.filter((l) => l !== 'en'))('the %s catalog', (locale) => {
	const translated = catalog(locale);

	it('has every English key and no other', () => {
		expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
	});

	it('fills in the same placeholders as English', () => {
		for (const [key, text] of Object.entries(english)) {
			expect({ key, placeholders: placeholders(translated[key] ?? '') }).toEqual({
				key,
				placeholders: placeholders(text)
			});
		}
	});

	it('translates every message that is not a name or a code', () => {
		const copied = Object.keys(english).filter(
			(key) =>
				JSON.stringify(translated[key]) === JSON.stringify(english[key]) &&
				!SAME_IN_EVERY_LANGUAGE.has(key)
		);
		expect(copied).toEqual([]);
	});
});

describe('the English catalog', () => {
	it('has no empty message', () => {
		const empty = Object.entries(english).filter(([, message]) =>
			textsOf(message).some((text) => text.trim() === '')
		);
		expect(empty).toEqual([]);
	});
});
