import { z } from 'zod';
import { daysInRange } from './scoring/date-range';

/**
 * The fields of a market and of campaign dates as people type them, checked with messages
 * that say what to write. Codes are upper-cased, time zones and locales written the way
 * `Intl` spells them (`america/sao_paulo` becomes `America/Sao_Paulo`, `pt-br` `pt-BR`).
 */

// An IANA name starts with a letter; this keeps out UTC offsets such as +03:00, which name no
// place and so no daylight-saving rules.
const IANA_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/**
 * The IANA time zone as typed, its case mended the way `Intl` spells it, or null when `Intl`
 * knows no such zone. An alias keeps its own name (`America/Argentina/Buenos_Aires` is not
 * turned into the older `America/Buenos_Aires` that ICU prefers).
 */
export function canonicalTimeZone(name: string): string | null {
	if (!IANA_SHAPE.test(name)) return null;
	try {
		const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions()
			.timeZone;
		return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
	} catch {
		return null;
	}
}

/** The BCP 47 tag as `Intl` spells it, or null when it is malformed or cannot be formatted. */
export function canonicalLocale(tag: string): string | null {
	try {
		const [canonical] = Intl.getCanonicalLocales(tag);
		if (!canonical || Intl.NumberFormat.supportedLocalesOf([canonical]).length === 0) return null;
		return canonical;
	} catch {
		return null;
	}
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** A two-letter market code (ISO 3166 style), upper-cased. */
export const marketCodeField = z
	.string()
	.trim()
	.toUpperCase()
	.regex(/^[A-Z]{2}$/, 'Enter a two-letter market code such as BR.');

/** A market's or a campaign's display name. */
export const nameField = z
	.string()
	.trim()
	.min(1, 'Enter a name.')
	.max(200, 'Use at most 200 characters.');

/** An ISO 4217 currency code that `Intl` knows, upper-cased. */
export const currencyField = z
	.string()
	.trim()
	.toUpperCase()
	.regex(/^[A-Z]{3}$/, 'Enter a three-letter currency code such as BRL.')
	.refine((code) => CURRENCIES.has(code), 'This is not an ISO 4217 currency code.');

/** An IANA time zone, such as America/Sao_Paulo. */
export const timeZoneField = z
	.string()
	.trim()
	.min(1, 'Enter a time zone such as America/Sao_Paulo.')
	.transform((name, context) => {
		const canonical = canonicalTimeZone(name);
		if (canonical) return canonical;
		context.addIssue({
			code: 'custom',
			message: `${name} is not an IANA time zone; write one such as America/Sao_Paulo.`
		});
		return z.NEVER;
	});

/** A BCP 47 locale, such as pt-BR. */
export const localeField = z
	.string()
	.trim()
	.min(1, 'Enter a locale such as pt-BR.')
	.transform((tag, context) => {
		const canonical = canonicalLocale(tag);
		if (canonical) return canonical;
		context.addIssue({
			code: 'custom',
			message: `${tag} is not a BCP 47 locale Parallax can format; write one such as pt-BR.`
		});
		return z.NEVER;
	});

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	try {
		daysInRange(text, text);
		return true;
	} catch {
		return false;
	}
}

/** A required date as YYYY-MM-DD (what a date input posts). */
export const dateField = z
	.string()
	.trim()
	.min(1, 'Enter a date.')
	.refine(isIsoDate, 'Enter a real date as YYYY-MM-DD.');

/** A date that may be left empty (undefined then). */
export const optionalDateField = z
	.string()
	.trim()
	.default('')
	.transform((value) => (value === '' ? undefined : value))
	.pipe(z.string().refine(isIsoDate, 'Enter a real date as YYYY-MM-DD.').optional());
