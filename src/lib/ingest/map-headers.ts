import { mappableFieldSchema, type MappableField, type Platform } from '$lib/domain/facts';
import {
	PLATFORM_EXCLUSIONS,
	PLATFORM_SIGNATURES,
	findSynonym,
	normalizeHeader,
	toHeaderKeys,
	type DateGrainHint,
	type HeaderLanguage,
	type SynonymMatch
} from './header-synonyms';

/** How a file's headers map onto the facts schema, and what the headers tell about the file. */
export interface HeaderMapping {
	/** Source header → field; at most one header per field unless the user chose more. */
	mapping: Record<string, MappableField>;
	/** Headers kept as extra columns, in file order. */
	unmapped: string[];
	platform: Platform;
	language: HeaderLanguage | null;
	/** The currency the headers' `(XXX)` suffixes name, when they name exactly one. */
	currency: string | null;
	/** Every currency the suffixes name, in order, when they name more than one. */
	currencyConflict: string[] | null;
	/**
	 * `week` when the date header names a week (`Semana`, `Week`), else `day`; null without a
	 * date column or when the user mapped a header the tables do not know to `date`.
	 */
	dateGrain: DateGrainHint | null;
}

/** User corrections to the automatic mapping: header → field, or null to leave it unmapped. */
export type MappingOverrides = Readonly<Record<string, MappableField | null>>;

const SIGNATURES = Object.entries(PLATFORM_SIGNATURES).map(([platform, names]) => ({
	platform: platform as Platform,
	keys: toHeaderKeys(names)
}));

const EXCLUSIONS = new Map(
	Object.entries(PLATFORM_EXCLUSIONS).map(([platform, names]) => [platform, toHeaderKeys(names)])
);

/**
 * Maps source headers onto canonical fields. When several headers name the same field the
 * best-ranked one wins (canonical name, then a platform's own name, then a fallback; the
 * leftmost on a tie) and the others stay unmapped. An override wins over every automatic
 * match of its field; overrides for headers the file does not have are ignored. A header
 * that occurs twice is mapped at its first occurrence only.
 */
export function mapHeaders(
	headers: readonly string[],
	overrides: MappingOverrides = {}
): HeaderMapping {
	const normalized = headers.map(normalizeHeader);
	const matches = normalized.map(({ key }) => findSynonym(key));
	const platform = detectPlatform(normalized.map(({ key }) => key));
	const excluded = EXCLUSIONS.get(platform);

	const firstIndex = new Map<string, number>();
	headers.forEach((header, index) => {
		if (!firstIndex.has(header)) firstIndex.set(header, index);
	});
	const isFirst = (index: number) => firstIndex.get(headers[index]!) === index;
	const isOverridden = (header: string) => Object.hasOwn(overrides, header);

	const overriddenFields = new Set<MappableField>();
	for (const header of headers) {
		const field = isOverridden(header) ? overrides[header] : null;
		if (field) overriddenFields.add(field);
	}
	const winners = new Map<MappableField, number>();
	matches.forEach((match, index) => {
		const header = headers[index]!;
		if (!match || !isFirst(index) || isOverridden(header)) return;
		if (overriddenFields.has(match.field) || excluded?.has(normalized[index]!.key)) return;
		const best = winners.get(match.field);
		if (best === undefined || match.rank < matches[best]!.rank) winners.set(match.field, index);
	});

	const mapped: [string, MappableField][] = [];
	const unmapped: string[] = [];
	const winnerIndexes = new Set(winners.values());
	const fieldAt = (index: number): MappableField | null => {
		const header = headers[index]!;
		if (!isFirst(index)) return null;
		if (isOverridden(header)) return overrides[header] ?? null;
		return winnerIndexes.has(index) ? matches[index]!.field : null;
	};
	headers.forEach((header, index) => {
		const field = fieldAt(index);
		if (field) mapped.push([header, field]);
		else unmapped.push(header);
	});

	const dateHeader = mapped.find(([, field]) => field === 'date')?.[0];
	const dateMatch = dateHeader === undefined ? null : findSynonym(normalizeHeader(dateHeader).key);
	return {
		// fromEntries keeps a header such as `__proto__` an ordinary key.
		mapping: Object.fromEntries(mapped),
		unmapped,
		platform,
		language: detectLanguage(matches),
		...readCurrency(normalized.map(({ currency }) => currency)),
		dateGrain: dateHeader === undefined ? null : (dateMatch?.grain ?? null)
	};
}

/** The platform whose signature headers the file has most of; `generic` on none or a tie. */
function detectPlatform(keys: readonly string[]): Platform {
	const scores = SIGNATURES.map(({ platform, keys: signature }) => ({
		platform,
		score: keys.filter((key) => signature.has(key)).length
	})).sort((a, b) => b.score - a.score);
	const [first, second] = scores;
	if (!first || first.score === 0 || second?.score === first.score) return 'generic';
	return first.platform;
}

/**
 * The language most matched headers belong to. A name shared by two languages (`Alcance`)
 * counts half for each; canonical names and shared abbreviations do not count. Null on a tie.
 */
function detectLanguage(matches: readonly (SynonymMatch | null)[]): HeaderLanguage | null {
	const scores = new Map<HeaderLanguage, number>();
	for (const match of matches) {
		for (const language of match?.languages ?? []) {
			scores.set(language, (scores.get(language) ?? 0) + 1 / match!.languages.length);
		}
	}
	const ranked = [...scores].sort((a, b) => b[1] - a[1]);
	const [first, second] = ranked;
	if (!first || (second && second[1] === first[1])) return null;
	return first[0];
}

function readCurrency(suffixes: readonly (string | null)[]) {
	const codes = [...new Set(suffixes.filter((code) => code !== null))];
	return {
		currency: codes.length === 1 ? codes[0]! : null,
		currencyConflict: codes.length > 1 ? codes : null
	};
}

/** What is wrong with a mapping, for the mapping editor to show next to the headers. */
export interface MappingProblem {
	kind: 'duplicate_field' | 'unknown_field' | 'unknown_header' | 'duplicate_header';
	/** The headers concerned, in file (or mapping) order. */
	headers: string[];
	field: string | null;
	message: string;
}

/**
 * Checks a mapping as the user edited it: every field is a known one and is mapped from one
 * header only; given the file's headers, every mapped header exists and no header name
 * occurs twice (such columns cannot be told apart by name). Returns every problem found.
 */
export function validateMapping(
	mapping: Readonly<Record<string, string>>,
	headers?: readonly string[]
): MappingProblem[] {
	const problems: MappingProblem[] = [];
	const byField = new Map<string, string[]>();
	for (const [header, field] of Object.entries(mapping)) {
		if (!mappableFieldSchema.safeParse(field).success) {
			problems.push({
				kind: 'unknown_field',
				headers: [header],
				field,
				message: `"${header}" is mapped to unknown field "${field}"`
			});
			continue;
		}
		byField.set(field, [...(byField.get(field) ?? []), header]);
		if (headers && !headers.includes(header)) {
			problems.push({
				kind: 'unknown_header',
				headers: [header],
				field,
				message: `"${header}" is not a column of this file`
			});
		}
	}
	for (const [field, mapped] of byField) {
		if (mapped.length < 2) continue;
		problems.push({
			kind: 'duplicate_field',
			headers: mapped,
			field,
			message: `${field} is mapped from ${mapped.length} columns (${mapped.map((h) => `"${h}"`).join(', ')}); keep one`
		});
	}
	const counts = new Map<string, number>();
	for (const header of headers ?? []) counts.set(header, (counts.get(header) ?? 0) + 1);
	for (const [header, count] of counts) {
		if (count < 2) continue;
		problems.push({
			kind: 'duplicate_header',
			headers: [header],
			field: null,
			message: `the file has more than one column named "${header}"; rename one before mapping`
		});
	}
	return problems;
}
