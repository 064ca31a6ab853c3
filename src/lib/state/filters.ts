import { z } from 'zod';
import { issueProblem, problem, type Problem } from '$lib/domain/problem';

/**
 * The live view's filters as they travel in the URL, so that a view can be shared as a link
 * and back/forward restore the previous filters:
 * `?from=2024-03-01&to=2024-03-31&markets=BR,MX&platforms=tiktok_ads&metric=er_views`.
 * Values equal to the defaults stay out of the URL; bad values fall back to the defaults and
 * are reported, never thrown.
 */

/** The filters of the live view. */
export interface LiveFilters {
	/** First day shown (YYYY-MM-DD); null for no bound. */
	from: string | null;
	/** Last day shown (YYYY-MM-DD); null for no bound. */
	to: string | null;
	/** Market codes shown, sorted; empty for every market. */
	markets: string[];
	/** Platforms shown, sorted; empty for every platform. */
	platforms: string[];
	/** Id of the charted metric. */
	metric: string;
}

/** Names of the filter parameters, in the order they are written to the URL. */
export const FILTER_PARAMS = ['from', 'to', 'markets', 'platforms', 'metric'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** A URL value that was ignored, and why (a problem for the page to word). */
export interface FilterProblem {
	param: FilterParam;
	value: string;
	problem: Problem;
}

/** Values a parameter may take (e.g. the campaign's markets); any well-formed value when absent. */
export interface FilterChoices {
	markets?: readonly string[];
	platforms?: readonly string[];
	metrics?: readonly string[];
}

const isoDay = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'problem_day_format')
	.refine((value) => {
		const date = new Date(`${value}T00:00:00Z`);
		return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
	}, 'problem_day_unknown');

const marketCode = z
	.string()
	.trim()
	.toUpperCase()
	.regex(/^[A-Z]{2}$/, 'problem_market_code');

const platformId = z
	.string()
	.trim()
	.toLowerCase()
	.regex(/^[a-z0-9_]{1,40}$/, 'problem_filter_platform');

const metricId = z
	.string()
	.trim()
	.regex(/^[a-z][a-z0-9_]{0,63}$/, 'problem_filter_metric');

function oneOf(
	schema: z.ZodType<string>,
	choices: readonly string[] | undefined,
	refusal:
		| 'problem_filter_market_unknown'
		| 'problem_filter_platform_unknown'
		| 'problem_filter_metric_unknown'
) {
	if (!choices) return schema;
	return schema.refine((value) => choices.includes(value), refusal);
}

function firstIssue(error: z.ZodError): Problem {
	const issue = error.issues[0];
	return issue ? issueProblem(issue) : problem('problem_invalid_value');
}

/** A comma list read leniently: blanks and repeats dropped, bad entries reported, sorted. */
function parseList(
	param: FilterParam,
	raw: string,
	schema: z.ZodType<string>,
	problems: FilterProblem[]
): string[] {
	const values = new Set<string>();
	for (const entry of raw.split(',')) {
		if (entry.trim() === '') continue;
		const parsed = schema.safeParse(entry);
		if (parsed.success) values.add(parsed.data);
		else problems.push({ param, value: entry, problem: firstIssue(parsed.error) });
	}
	return [...values].sort();
}

/** Sorted copy without repeats: the form lists are compared and written in. */
function normaliseList(values: readonly string[]): string[] {
	return [...new Set(values)].sort();
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	const x = normaliseList(a);
	const y = normaliseList(b);
	return x.length === y.length && x.every((value, i) => value === y[i]);
}

/**
 * Reads the filters from a URL's search parameters. A missing or empty parameter takes its
 * default; a bad value takes its default and is reported; a list keeps its good entries and
 * reports the bad ones; `from` after `to` drops both to their defaults.
 */
export function parseFilters(
	searchParams: URLSearchParams,
	defaults: LiveFilters,
	choices: FilterChoices = {}
): { filters: LiveFilters; problems: FilterProblem[] } {
	const problems: FilterProblem[] = [];
	const raw = (param: FilterParam) => searchParams.getAll(param).join(',').trim();

	const single = (param: 'from' | 'to' | 'metric', schema: z.ZodType<string>) => {
		const value = raw(param);
		if (value === '') return defaults[param];
		const parsed = schema.safeParse(value);
		if (parsed.success) return parsed.data;
		problems.push({ param, value, problem: firstIssue(parsed.error) });
		return defaults[param];
	};
	const list = (param: 'markets' | 'platforms', schema: z.ZodType<string>) => {
		const value = raw(param);
		if (value === '') return [...defaults[param]];
		const values = parseList(param, value, schema, problems);
		return values.length > 0 ? values : [...defaults[param]];
	};

	let from = single('from', isoDay);
	let to = single('to', isoDay);
	if (from !== null && to !== null && from > to) {
		problems.push({
			param: 'to',
			value: to,
			problem: problem('problem_filter_range', { from, to })
		});
		[from, to] = [defaults.from, defaults.to];
	}
	const filters: LiveFilters = {
		from,
		to,
		markets: list('markets', oneOf(marketCode, choices.markets, 'problem_filter_market_unknown')),
		platforms: list(
			'platforms',
			oneOf(platformId, choices.platforms, 'problem_filter_platform_unknown')
		),
		metric:
			single('metric', oneOf(metricId, choices.metrics, 'problem_filter_metric_unknown')) ??
			defaults.metric
	};
	return { filters, problems };
}

/**
 * Writes the filters that differ from the defaults as search parameters, in FILTER_PARAMS
 * order, lists sorted and comma-joined. A null bound or an empty list means "the default"
 * and is left out.
 */
export function toSearchParams(filters: LiveFilters, defaults: LiveFilters): URLSearchParams {
	const params = new URLSearchParams();
	if (filters.from !== null && filters.from !== defaults.from) params.set('from', filters.from);
	if (filters.to !== null && filters.to !== defaults.to) params.set('to', filters.to);
	for (const param of ['markets', 'platforms'] as const) {
		const values = filters[param];
		if (values.length > 0 && !sameList(values, defaults[param])) {
			params.set(param, normaliseList(values).join(','));
		}
	}
	if (filters.metric !== defaults.metric) params.set('metric', filters.metric);
	return params;
}

/**
 * The URL with its filter parameters replaced by `filters` (other parameters and the hash
 * kept). Commas stay unescaped, so that a shared link reads `markets=BR,MX`.
 */
export function withFilters(url: URL, filters: LiveFilters, defaults: LiveFilters): URL {
	const next = new URL(url);
	const params = new URLSearchParams(next.search);
	for (const param of FILTER_PARAMS) params.delete(param);
	for (const [param, value] of toSearchParams(filters, defaults)) params.append(param, value);
	// A literal comma means the same as %2C in a query; it is only easier to read.
	next.search = params.toString().replaceAll('%2C', ',');
	return next;
}
