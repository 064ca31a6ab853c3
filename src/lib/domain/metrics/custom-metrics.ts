import { z } from 'zod';
import type { MetricDefinition } from './catalog';
import { FACT_COLUMNS } from './catalog';
import { readFormula, type MetricSource } from './check';

/** A metric a campaign defines for itself, in the same language as the built-in ones. */
export const customMetricSchema = z.strictObject({
	id: z
		.string()
		.regex(
			/^[a-z][a-z0-9_]{0,62}$/,
			'Use lowercase letters, digits and underscores, such as er_saves.'
		),
	label: z.string().trim().min(1, 'Give the metric a label people read.'),
	formula: z.string().min(1, 'Write the formula, such as sum(saves) / sum(impressions).'),
	unit: z.enum(['percent', 'currency', 'count', 'ratio']),
	direction: z.enum(['higher', 'lower']),
	/** Metrics of one family measure the same idea; KPIs of one family are compared across definitions. */
	family: z
		.string()
		.regex(/^[a-z][a-z0-9_]*$/)
		.optional(),
	description: z.string().default('')
});
export type CustomMetric = z.infer<typeof customMetricSchema>;

/** One problem with a custom metric, with where in its formula it is when it is there. */
export interface CustomMetricProblem {
	index: number;
	field: 'id' | 'formula';
	message: string;
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
				message: `${metric.id} is a built-in metric; choose another id.`
			});
		} else if (custom.findIndex((m) => m.id === metric.id) !== index) {
			problems.push({ index, field: 'id', message: `The id ${metric.id} is used twice.` });
		}
		const read = readFormula(metric.formula, { columns: FACT_COLUMNS, metrics, self: metric.id });
		if (!read.ok) {
			for (const error of read.errors) {
				const hint = error.suggestion ? ` (try ${error.suggestion})` : '';
				problems.push({
					index,
					field: 'formula',
					message: `at column ${error.start + 1} of the formula: ${error.message}${hint}`
				});
			}
		}
	});
	return problems;
}
