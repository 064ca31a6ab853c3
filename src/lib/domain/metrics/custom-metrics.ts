import { z } from 'zod';
import type { MetricDefinition } from './catalog';
import { FACT_COLUMNS } from './catalog';
import { readFormula, type MetricSource } from './check';
import { problem, type Problem } from '../problem';

/** A metric a campaign defines for itself, in the same language as the built-in ones. */
export const customMetricSchema = z.strictObject({
	id: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'problem_metric_id'),
	label: z.string().trim().min(1, 'problem_metric_label_missing'),
	formula: z.string().min(1, 'problem_formula_missing'),
	unit: z.enum(['percent', 'currency', 'count', 'ratio'], { message: 'problem_target_unit' }),
	direction: z.enum(['higher', 'lower'], { message: 'problem_metric_direction' }),
	/** Metrics of one family measure the same idea; KPIs of one family are compared across definitions. */
	family: z
		.string()
		.regex(/^[a-z][a-z0-9_]*$/, 'problem_metric_family')
		.optional(),
	description: z.string().default('')
});
export type CustomMetric = z.infer<typeof customMetricSchema>;

/**
 * Where in a formula a problem lies: its 1-based column, the text to write there when one is
 * known, and for a reference to a broken metric the first problem inside that metric.
 */
export interface FormulaPlace {
	column: number;
	suggestion?: string;
	cause?: Problem;
}

/** One problem with a custom metric, with where in its formula it is when it is there. */
export interface CustomMetricProblem {
	index: number;
	field: 'id' | 'formula';
	problem: Problem;
	formula?: FormulaPlace;
}

/** The built-in catalog with a campaign's own metrics added. */
export function withCustomMetrics(
	builtIns: ReadonlyMap<string, MetricDefinition>,
	custom: readonly CustomMetric[]
): Map<string, MetricDefinition> {
	const all = new Map(builtIns);
	for (const metric of custom)
		all.set(metric.id, { ...metric, family: metric.family ?? metric.id });
	return all;
}

/**
 * Checks custom metrics together, as they may refer to each other: an id may not shadow a
 * built-in or repeat, and every formula must parse and check (known columns and metrics, no
 * snapshot summed over time, no cycle), each error with its column in the formula.
 */
export function checkCustomMetrics(
	builtIns: ReadonlyMap<string, MetricDefinition>,
	custom: readonly CustomMetric[]
): CustomMetricProblem[] {
	const problems: CustomMetricProblem[] = [];
	const metrics: ReadonlyMap<string, MetricSource> = withCustomMetrics(builtIns, custom);
	custom.forEach((metric, index) => {
		if (builtIns.has(metric.id)) {
			problems.push({
				index,
				field: 'id',
				problem: problem('problem_metric_built_in', { id: metric.id })
			});
		} else if (custom.findIndex((m) => m.id === metric.id) !== index) {
			problems.push({
				index,
				field: 'id',
				problem: problem('problem_id_repeated', { id: metric.id })
			});
		}
		const read = readFormula(metric.formula, { columns: FACT_COLUMNS, metrics, self: metric.id });
		if (!read.ok) {
			for (const error of read.errors) {
				const formula: FormulaPlace = { column: error.start + 1 };
				if (error.suggestion !== undefined) formula.suggestion = error.suggestion;
				if (error.cause !== undefined) formula.cause = error.cause;
				problems.push({ index, field: 'formula', problem: error.problem, formula });
			}
		}
	});
	return problems;
}
