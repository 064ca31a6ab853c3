import { z } from 'zod';
import { ANNOTATION_KINDS, annotationStart, type Annotation } from '$lib/domain/annotations';
import type { AnnotationKind, AnnotationTime } from '$lib/domain/annotations';
import { CHART_METRICS } from '$lib/domain/chart-metrics';
import { toCsvRow } from '$lib/domain/csv-cell';

/**
 * Where an annotation stands: a disagreement is open until it has a resolution, then settled;
 * a decision, note or learning is simply recorded.
 */
export const DECISION_STATUSES = ['open', 'settled', 'recorded'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** The statuses the log can be narrowed to; `all` keeps every status. */
export const STATUS_FILTERS = ['all', ...DECISION_STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** The decision log's filters; null means no filter on that field. */
export interface DecisionFilters {
	kind: AnnotationKind | null;
	market: string | null;
	metric: string | null;
	/** An author's account id. */
	author: string | null;
	status: StatusFilter;
	/** Whether hidden (deleted) annotations are listed too. */
	hidden: boolean;
}

/** The filters when the URL sets none: every visible annotation. */
export const NO_FILTERS: DecisionFilters = {
	kind: null,
	market: null,
	metric: null,
	author: null,
	status: 'all',
	hidden: false
};

/** Names of the filter parameters, in the order they are written to a URL. */
export const DECISION_FILTER_PARAMS = [
	'kind',
	'market',
	'metric',
	'author',
	'status',
	'hidden'
] as const;
export type DecisionFilterParam = (typeof DECISION_FILTER_PARAMS)[number];

/** The values the market, metric and author filters may take in this campaign. */
export interface DecisionChoices {
	markets: readonly string[];
	metrics: readonly string[];
	/** Account ids of the authors. */
	authors: readonly string[];
}

/** A URL value that was ignored, and why. */
export interface IgnoredFilter {
	param: DecisionFilterParam;
	value: string;
	message: string;
}

const among = (choices: readonly string[], what: string) =>
	z.string().refine((value) => choices.includes(value), `no ${what} of this campaign`);

/**
 * Reads the filters from a URL's search parameters. A missing or empty parameter sets no
 * filter; a value that is not one of the choices sets none either and is reported, so that a
 * stale or mistyped link still opens the log.
 */
export function parseDecisionFilters(
	params: URLSearchParams,
	choices: DecisionChoices
): { filters: DecisionFilters; ignored: IgnoredFilter[] } {
	const schemas = {
		kind: z.enum(ANNOTATION_KINDS, { message: `not a kind: use ${ANNOTATION_KINDS.join(', ')}` }),
		market: z.string().toUpperCase().pipe(among(choices.markets, 'market')),
		metric: among(choices.metrics, 'metric annotated'),
		author: among(choices.authors, 'author'),
		status: z.enum(STATUS_FILTERS, { message: `not a status: use ${STATUS_FILTERS.join(', ')}` }),
		hidden: z.enum(['1', 'true', 'on'], { message: 'use hidden=1 to list hidden annotations' })
	} satisfies Record<DecisionFilterParam, z.ZodType<string>>;
	const ignored: IgnoredFilter[] = [];
	const read = <P extends DecisionFilterParam>(param: P) => {
		const value = params.get(param)?.trim() ?? '';
		if (value === '') return null;
		const parsed = schemas[param].safeParse(value);
		if (parsed.success) return parsed.data as z.output<(typeof schemas)[P]>;
		ignored.push({ param, value, message: parsed.error.issues[0]?.message ?? 'invalid value' });
		return null;
	};
	const filters: DecisionFilters = {
		kind: read('kind'),
		market: read('market'),
		metric: read('metric'),
		author: read('author'),
		status: read('status') ?? 'all',
		hidden: read('hidden') !== null
	};
	return { filters, ignored };
}

/** The filters that are set, as search parameters (for the CSV link and the form's reset). */
export function toDecisionSearchParams(filters: DecisionFilters): URLSearchParams {
	const params = new URLSearchParams();
	for (const param of ['kind', 'market', 'metric', 'author'] as const) {
		const value = filters[param];
		if (value !== null) params.set(param, value);
	}
	if (filters.status !== 'all') params.set('status', filters.status);
	if (filters.hidden) params.set('hidden', '1');
	return params;
}

/**
 * The choices the filters offer: the campaign's markets (then any other market an annotation
 * names), every metric an annotation is scoped to or expects to move, and every author.
 */
export function decisionChoices(
	annotations: readonly Annotation[],
	campaignMarkets: readonly string[]
): DecisionChoices {
	const markets = new Set(campaignMarkets);
	const metrics = new Set<string>();
	const authors = new Set<string>();
	for (const annotation of annotations) {
		for (const market of annotation.scope.markets) markets.add(market);
		for (const metric of metricsOf(annotation)) metrics.add(metric);
		if (annotation.authorId !== null) authors.add(annotation.authorId);
	}
	return { markets: [...markets], metrics: [...metrics].sort(), authors: [...authors] };
}

/** Where an annotation stands: open or settled for a disagreement, recorded otherwise. */
export function decisionStatus(
	annotation: Pick<Annotation, 'kind' | 'resolution'>
): DecisionStatus {
	if (annotation.kind !== 'disagreement') return 'recorded';
	return annotation.resolution ? 'settled' : 'open';
}

/** The last day an annotation covers (its only day for a point). */
export function annotationEnd(time: AnnotationTime): string {
	return 'at' in time ? time.at : time.to;
}

/**
 * The annotations the filters keep, by the day they start, then by creation. An empty market
 * or metric scope means every one, so a campaign-wide annotation stays under any market.
 */
export function filterDecisions(
	annotations: readonly Annotation[],
	filters: DecisionFilters
): Annotation[] {
	return sortDecisions(
		annotations.filter(
			(a) =>
				(filters.hidden || !a.hidden) &&
				(filters.kind === null || a.kind === filters.kind) &&
				concerns(a.scope.markets, filters.market) &&
				(filters.metric === null ||
					a.scope.metrics.length === 0 ||
					metricsOf(a).includes(filters.metric)) &&
				(filters.author === null || a.authorId === filters.author) &&
				(filters.status === 'all' || decisionStatus(a) === filters.status)
		)
	);
}

/** A copy ordered by first day, then creation time, then id. */
export function sortDecisions(annotations: readonly Annotation[]): Annotation[] {
	return [...annotations].sort(
		(a, b) =>
			compare(annotationStart(a.time), annotationStart(b.time)) ||
			compare(a.createdAt, b.createdAt) ||
			compare(a.id, b.id)
	);
}

/** Days shown on each side of a one-day annotation when its chart opens. */
export const POINT_WINDOW_DAYS = 3;

/**
 * The live chart showing an annotation with its thread open: its markets, its first metric the
 * chart can plot, and its range (a day with POINT_WINDOW_DAYS on each side). `livePath` is the
 * campaign's live view, such as `/campaigns/sample/live`.
 */
export function liveChartLink(
	livePath: string,
	annotation: Pick<Annotation, 'id' | 'scope' | 'time' | 'expectedEffect'>
): string {
	const { time, scope } = annotation;
	const [from, to] =
		'at' in time
			? [addDays(time.at, -POINT_WINDOW_DAYS), addDays(time.at, POINT_WINDOW_DAYS)]
			: [time.from, time.to];
	const params = new URLSearchParams({ from, to });
	for (const market of scope.markets) params.append('markets', market);
	const metric = metricsOf(annotation).find((id) => CHART_METRICS.some((m) => m.id === id));
	if (metric) params.set('metric', metric);
	params.set('annotation', annotation.id);
	return `${livePath}?${params}`;
}

/** The columns of the decision log's CSV, in order. */
export const DECISION_CSV_COLUMNS = [
	'id',
	'kind',
	'status',
	'first_day',
	'last_day',
	'markets',
	'metrics',
	'platforms',
	'title',
	'body',
	'why',
	'alternatives',
	'expected_metric',
	'expected_direction',
	'outcome',
	'settled_by',
	'settled_at',
	'author',
	'created_at',
	'updated_at',
	'revision'
] as const;

/**
 * The decision log as CSV (RFC 4180, CRLF): a header, then one row per annotation in the order
 * given. Lists of codes are joined with `;`, alternatives one per line; every text cell is
 * neutralised against spreadsheet formulas. `authorName` gives the name shown for an author.
 */
export function toDecisionCsv(
	annotations: readonly Annotation[],
	authorName: (accountId: string | null) => string
): string {
	const lines = [toCsvRow(DECISION_CSV_COLUMNS)];
	for (const a of annotations) {
		lines.push(
			toCsvRow([
				a.id,
				a.kind,
				decisionStatus(a),
				annotationStart(a.time),
				annotationEnd(a.time),
				a.scope.markets.join(';'),
				a.scope.metrics.join(';'),
				a.scope.platforms.join(';'),
				a.title,
				a.body,
				a.why,
				a.alternatives?.join('\n'),
				a.expectedEffect?.metric,
				a.expectedEffect?.direction,
				a.resolution?.outcome,
				a.resolution ? authorName(a.resolution.by) : null,
				a.resolution?.at,
				authorName(a.authorId),
				a.createdAt,
				a.updatedAt,
				a.revision
			])
		);
	}
	return lines.join('\r\n') + '\r\n';
}

/** The name shown for an account: its display name, or a placeholder once the account is gone. */
export function personName(
	names: Readonly<Record<string, string>>,
	id: string | null | undefined
): string {
	if (!id) return '';
	return names[id] ?? 'former member';
}

/** The metrics an annotation is about: its scope, then the one a decision expects to move. */
function metricsOf(annotation: Pick<Annotation, 'scope' | 'expectedEffect'>): string[] {
	const expected = annotation.expectedEffect?.metric;
	const scoped = annotation.scope.metrics;
	return expected && !scoped.includes(expected) ? [...scoped, expected] : scoped;
}

function concerns(scoped: readonly string[], wanted: string | null): boolean {
	return wanted === null || scoped.length === 0 || scoped.includes(wanted);
}

function addDays(day: string, days: number): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
