import { isMap, isSeq, LineCounter, parseDocument, stringify, type Node } from 'yaml';
import { z } from 'zod';
import { definitionContentSchema, type DefinitionContent } from './definitions';
import {
	customMetricSchema,
	type CustomMetric,
	type CustomMetricProblem,
	type FormulaPlace
} from './metrics/custom-metrics';
import { issueProblem, problem, type Problem } from './problem';

/** The format written at the top of every definitions file, so that later formats can be told apart. */
export const DEFINITIONS_FORMAT = 'parallax-definitions/1';

/** A definition as written in a file: its content and who must sign it off, by email. */
export interface DefinitionFileEntry {
	content: DefinitionContent;
	signatories: string[];
}

/**
 * One problem in a definitions file, with where it is: the page and the command line word it
 * (src/lib/i18n/definition-text.ts).
 */
export interface DefinitionFileError {
	/** 1-based line and column in the file; null when the problem is the file as a whole. */
	line: number | null;
	column: number | null;
	/** Where in the document, such as `definitions[0].kpis[1].weight`. */
	path: string;
	problem: Problem;
	/** For a problem in a metric's formula: where in the formula it lies. */
	formula?: FormulaPlace;
}

const fileSchema = z.strictObject({
	// The message names the format, which never changes within a version of the file.
	format: z.literal(DEFINITIONS_FORMAT, { message: 'problem_definitions_format' }),
	metrics: z.array(z.unknown()).default([]),
	definitions: z.array(z.unknown()).min(1, 'problem_definitions_none')
});

const signatoriesSchema = z.array(z.string().email('problem_signatory_email')).default([]);

/** Writes definitions (and the campaign's own metrics) as YAML that `parseDefinitionsYaml` reads back. */
export function definitionsToYaml(
	entries: readonly DefinitionFileEntry[],
	metrics: readonly CustomMetric[] = []
): string {
	const document = {
		format: DEFINITIONS_FORMAT,
		...(metrics.length > 0 ? { metrics } : {}),
		definitions: entries.map(({ content, signatories }) => ({ ...content, signatories }))
	};
	return `# Success definitions of a Parallax campaign. Percent targets are fractions (0.035 = 3.5%);\n# bands and the cap are attainments (1 = 100% of the target).\n${stringify(document, { lineWidth: 100 })}`;
}

/** What the caller checks beyond the schema: the file's metrics, and each definition given them. */
export interface DefinitionFileChecks {
	metrics?: (metrics: CustomMetric[]) => CustomMetricProblem[];
	definition?: (
		entry: DefinitionFileEntry,
		index: number,
		metrics: CustomMetric[]
	) => { path: string; problem: Problem }[];
	/** Why a KPI's metric name is not known, or null; run on definitions the schema refused. */
	metricName?: (name: string, metrics: CustomMetric[]) => Problem | null;
}

/**
 * Reads a definitions file. Every problem is listed at once, with its line and column: YAML
 * syntax, unknown keys, schema violations, and what the checks find (formulas of the file's
 * metrics, unknown metrics and markets). Nothing is returned unless the whole file is right.
 */
export function parseDefinitionsYaml(
	text: string,
	checks: DefinitionFileChecks = {}
):
	| { ok: true; entries: DefinitionFileEntry[]; metrics: CustomMetric[] }
	| { ok: false; errors: DefinitionFileError[] } {
	const lines = new LineCounter();
	const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
	if (document.errors.length > 0) {
		return {
			ok: false,
			errors: document.errors.map((error) => {
				const at = lines.linePos(error.pos[0]);
				// The YAML library says what it could not read, in English only.
				const detail = error.message.split('\n')[0]!;
				return {
					line: at.line,
					column: at.col,
					path: '',
					problem: problem('problem_yaml_syntax', { detail })
				};
			})
		};
	}
	const where = (path: (string | number)[]) => position(document.contents, path, lines);
	const toErrors = (issues: z.core.$ZodIssue[], prefix: (string | number)[]) =>
		issues.flatMap((issue) => {
			const keys = issue.code === 'unrecognized_keys' ? issue.keys : [null];
			return keys.map((key) => {
				const path = [...prefix, ...(issue.path as (string | number)[])];
				if (key !== null) path.push(key);
				const found = key === null ? issueProblem(issue) : problem('problem_unknown_key', { key });
				return { ...where(path), path: pathText(path), problem: found };
			});
		});
	const parsed = fileSchema.safeParse(document.toJS());
	if (!parsed.success) return { ok: false, errors: toErrors(parsed.error.issues, []) };
	const entries: DefinitionFileEntry[] = [];
	const errors: DefinitionFileError[] = [];
	const metrics: CustomMetric[] = [];
	parsed.data.metrics.forEach((raw, index) => {
		const metric = customMetricSchema.safeParse(raw);
		if (metric.success) metrics.push(metric.data);
		else errors.push(...toErrors(metric.error.issues, ['metrics', index]));
	});
	const parsedAt: number[] = [];
	parsed.data.definitions.forEach((raw, index) => {
		const { signatories, ...rest } = (raw ?? {}) as Record<string, unknown>;
		const content = definitionContentSchema.safeParse(rest);
		const signers = signatoriesSchema.safeParse(signatories);
		if (!content.success) errors.push(...toErrors(content.error.issues, ['definitions', index]));
		if (!signers.success) {
			errors.push(...toErrors(signers.error.issues, ['definitions', index, 'signatories']));
		}
		if (content.success && signers.success) {
			entries.push({ content: content.data, signatories: signers.data });
			parsedAt.push(index);
		} else {
			// The schema failed elsewhere; the metric names can still be checked, so that every
			// mistake is listed in one go.
			errors.push(...rawMetricProblems(rest, index, metrics, checks, where));
		}
	});
	for (const found of checks.metrics?.(metrics) ?? []) {
		const path = ['metrics', found.index, found.field];
		const error: DefinitionFileError = {
			...where(path),
			path: pathText(path),
			problem: found.problem
		};
		if (found.formula) error.formula = found.formula;
		errors.push(error);
	}
	entries.forEach((entry, position) => {
		const index = parsedAt[position]!;
		for (const found of checks.definition?.(entry, index, metrics) ?? []) {
			const path = ['definitions', index, ...found.path.split('.').filter(Boolean).map(pathPart)];
			errors.push({ ...where(path), path: pathText(path), problem: found.problem });
		}
	});
	const ids = entries.map((e) => e.content.id);
	ids.forEach((id, position) => {
		if (ids.indexOf(id) !== position) {
			const path = ['definitions', parsedAt[position]!, 'id'];
			errors.push({
				...where(path),
				path: pathText(path),
				problem: problem('problem_id_repeated', { id })
			});
		}
	});
	return errors.length > 0 ? { ok: false, errors } : { ok: true, entries, metrics };
}

function rawMetricProblems(
	raw: Record<string, unknown>,
	index: number,
	metrics: CustomMetric[],
	checks: DefinitionFileChecks,
	where: (path: (string | number)[]) => { line: number | null; column: number | null }
): DefinitionFileError[] {
	if (!checks.metricName || !Array.isArray(raw.kpis)) return [];
	return raw.kpis.flatMap((kpi: unknown, k) => {
		const name = (kpi as { metric?: unknown } | null)?.metric;
		const found = typeof name === 'string' ? checks.metricName!(name, metrics) : null;
		if (!found) return [];
		const path = ['definitions', index, 'kpis', k, 'metric'];
		return [{ ...where(path), path: pathText(path), problem: found }];
	});
}

/** The line and column of the node at `path`, or of its nearest parent that exists. */
function position(
	root: unknown,
	path: (string | number)[],
	lines: LineCounter
): { line: number | null; column: number | null } {
	let node = root as Node | null;
	let found = node;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => (item.key as { value?: unknown })?.value === key);
			node = (pair?.value as Node | undefined) ?? null;
			if (pair && !node) node = pair.key as Node;
		} else if (isSeq(node) && typeof key === 'number') {
			node = (node.items[key] as Node | undefined) ?? null;
		} else node = null;
		if (!node) break;
		found = node;
	}
	const offset = found?.range?.[0];
	if (offset === undefined) return { line: null, column: null };
	const at = lines.linePos(offset);
	return { line: at.line, column: at.col };
}

function pathPart(part: string): string | number {
	return /^\d+$/.test(part) ? Number(part) : part;
}

function pathText(path: readonly PropertyKey[]): string {
	return path
		.map((part, index) =>
			typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`
		)
		.join('');
}
