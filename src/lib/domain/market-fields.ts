import { z } from 'zod';
import { daysInRange } from './scoring/date-range';

/**
 * The fields of a market and of campaign dates as people type them, checked with problem
 * codes (src/lib/domain/problem.ts) whose messages say what to write. Codes are upper-cased, time zones and locales written the way
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
	.regex(/^[A-Z]{2}$/, 'problem_market_code');

/** A market's or a campaign's display name. */
export const nameField = z
	.string()
	.trim()
	.min(1, 'problem_name_missing')
	.max(200, 'problem_too_long');

/** An ISO 4217 currency code that `Intl` knows, upper-cased. */
export const currencyField = z
	.string()
	.trim()
	.toUpperCase()
	.regex(/^[A-Z]{3}$/, 'problem_currency_code')
	.refine((code) => CURRENCIES.has(code), 'problem_currency_unknown');

/** An IANA time zone, such as America/Sao_Paulo. */
export const timeZoneField = z
	.string()
	.trim()
	.min(1, 'problem_time_zone_missing')
	.transform((name, context) => {
		const canonical = canonicalTimeZone(name);
		if (canonical) return canonical;
		context.addIssue({
			code: 'custom',
			message: 'problem_time_zone_unknown',
			params: { value: name }
		});
		return z.NEVER;
	});

/** A BCP 47 locale, such as pt-BR. */
export const localeField = z
	.string()
	.trim()
	.min(1, 'problem_locale_missing')
	.transform((tag, context) => {
		const canonical = canonicalLocale(tag);
		if (canonical) return canonical;
		context.addIssue({
			code: 'custom',
			message: 'problem_locale_unknown',
			params: { value: tag }
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
	.min(1, 'problem_date_missing')
	.refine(isIsoDate, 'problem_date_invalid');

/** A date that may be left empty (undefined then). */
export const optionalDateField = z
	.string()
	.trim()
	.default('')
	.transform((value) => (value === '' ? undefined : value))
	.pipe(z.string().refine(isIsoDate, 'problem_date_invalid').optional());
