import { describe, expect, it } from 'vitest';
import { formulaErrorText } from '$lib/i18n/formula-text';
import { formatFormula, someNode, type Ast } from './ast';
import { BUILT_IN_METRIC_SOURCES, FACT_COLUMNS } from './catalog';
import {
	checkFormula,
	expandReferences,
	readFormula,
	type FormulaContext,
	type MetricSource
} from './check';
import { parseFormula } from './parser';

function parse(text: string): Ast {
	const result = parseFormula(text);
	if (!result.ok) throw new Error(`${text}: ${JSON.stringify(result.errors)}`);
	return result.ast;
}

const COLUMNS = [...FACT_COLUMNS, { name: 'promo_code_uses', kind: 'extra' as const }];
const BUILT_INS: FormulaContext = { columns: COLUMNS, metrics: BUILT_IN_METRIC_SOURCES };
const NO_METRICS: FormulaContext = { columns: COLUMNS, metrics: new Map() };

interface Expected {
	code: string;
	start: number;
	end: number;
	/** The whole English wording of the problem, or a part of it. */
	message: string | RegExp;
	suggestion?: string;
}

const SNAPSHOT_REACH =
	'reach is a snapshot (unique accounts so far); summing it over days counts people again — use sum(max(reach) by content_id)';

// [formula, context, expected errors in order of position]
const CASES: [string, FormulaContext, Expected[]][] = [
	['sum(likes) / sum(impressions)', BUILT_INS, []],
	['engagements / sum(impressions)', BUILT_INS, []],
	['sum(max(followers) by content_id)', BUILT_INS, []],
	['sum(max(reach) + max(followers) by content_id) / count()', BUILT_INS, []],
	['count()', BUILT_INS, []],
	['count_distinct(creator_id)', BUILT_INS, []],
	['avg(reach)', BUILT_INS, []],
	['sum(promo_code_uses) / sum(conversions)', BUILT_INS, []],
	['-sum(spend) + 1', BUILT_INS, []],
	[
		'sum(likez)',
		BUILT_INS,
		[
			{
				code: 'unknown-column',
				start: 4,
				end: 9,
				message: 'unknown column `likez` — did you mean `likes`?',
				suggestion: 'likes'
			}
		]
	],
	[
		'sum(xyz)',
		BUILT_INS,
		[{ code: 'unknown-column', start: 4, end: 7, message: 'unknown column `xyz`' }]
	],
	[
		'engagment / sum(impressions)',
		BUILT_INS,
		[
			{
				code: 'unknown-metric',
				start: 0,
				end: 9,
				message: 'unknown metric `engagment` — did you mean `engagements`?',
				suggestion: 'engagements'
			}
		]
	],
	[
		'likes / impressions',
		NO_METRICS,
		[
			{
				code: 'bare-column',
				start: 0,
				end: 5,
				message: /a metric must aggregate it — write sum\(likes\) \/ sum\(impressions\)$/,
				suggestion: 'sum(likes)'
			},
			{
				code: 'bare-column',
				start: 8,
				end: 19,
				message: /`impressions` is a column.*sum\(likes\) \/ sum\(impressions\)$/,
				suggestion: 'sum(impressions)'
			}
		]
	],
	[
		'likes / impressions',
		BUILT_INS,
		[{ code: 'bare-column', start: 0, end: 5, message: /write sum\(likes\) \/ impressions$/ }]
	],
	[
		'reach',
		NO_METRICS,
		[{ code: 'bare-column', start: 0, end: 5, message: /write sum\(max\(reach\) by content_id\)$/ }]
	],
	[
		'sum(reach)',
		BUILT_INS,
		[
			{
				code: 'snapshot-summed',
				start: 4,
				end: 9,
				message: SNAPSHOT_REACH,
				suggestion: 'sum(max(reach) by content_id)'
			}
		]
	],
	[
		'engagements / sum(followers)',
		BUILT_INS,
		[
			{
				code: 'snapshot-summed',
				start: 18,
				end: 27,
				message: /^followers is a snapshot .* use sum\(max\(followers\) by content_id\)$/
			}
		]
	],
	[
		'sum(sum(reach) by content_id)',
		BUILT_INS,
		[{ code: 'snapshot-summed', start: 8, end: 13, message: SNAPSHOT_REACH }]
	],
	[
		'sum(max(reach) by likes)',
		BUILT_INS,
		[
			{
				code: 'by-not-dimension',
				start: 18,
				end: 23,
				message: /`by` takes a dimension .*`likes` is a measure/
			}
		]
	],
	[
		'sum(max(reach) by contentid)',
		BUILT_INS,
		[
			{
				code: 'unknown-column',
				start: 18,
				end: 27,
				message: /did you mean `content_id`/,
				suggestion: 'content_id'
			}
		]
	],
	[
		'sum(max(likes))',
		BUILT_INS,
		[
			{
				code: 'aggregate-in-aggregate',
				start: 4,
				end: 14,
				message: /needs `by` .*: sum\(max\(likes\) by content_id\)$/,
				suggestion: 'max(likes) by content_id'
			}
		]
	],
	[
		'sum(likes by content_id)',
		BUILT_INS,
		[
			{
				code: 'by-without-aggregate',
				start: 13,
				end: 23,
				message: /sum\(max\(likes\) by content_id\)/
			}
		]
	],
	[
		'sum(max(reach) + likes by content_id)',
		BUILT_INS,
		[
			{
				code: 'bare-column',
				start: 17,
				end: 22,
				message: /once per content_id/,
				suggestion: 'max(likes)'
			}
		]
	],
	[
		'sum(max(sum(likes) by date) by content_id)',
		BUILT_INS,
		[
			{ code: 'aggregate-in-aggregate', start: 8, end: 18, message: /needs `by`/ },
			{ code: 'nesting-too-deep', start: 22, end: 26, message: /one level/ }
		]
	],
	[
		'sum(market)',
		BUILT_INS,
		[{ code: 'dimension-measured', start: 4, end: 10, message: /count_distinct\(market\)/ }]
	],
	[
		'count(market + 1)',
		BUILT_INS,
		[{ code: 'dimension-measured', start: 6, end: 12, message: /`market` is a dimension/ }]
	],
	[
		'sum(engagements)',
		BUILT_INS,
		[
			{
				code: 'metric-in-aggregate',
				start: 4,
				end: 15,
				message: /engagements \/ sum\(impressions\)/
			}
		]
	],
	['2 * 3', BUILT_INS, [{ code: 'no-aggregate', start: 0, end: 5, message: /must aggregate rows/ }]]
];

describe('checkFormula', () => {
	it.each(CASES)('%s', (text, context, expected) => {
		const errors = checkFormula(parse(text), context);
		expect(errors.map((e) => e.code)).toEqual(expected.map((e) => e.code));
		errors.forEach((error, i) => {
			const { message, ...rest } = expected[i]!;
			expect(error).toMatchObject(rest);
			const text = formulaErrorText(error, 'en');
			if (typeof message === 'string') expect(text).toBe(message);
			else expect(text).toMatch(message);
		});
	});
});

const cycle = (path: string) => ({ code: 'problem_formula_cycle', params: { cycle: path } });

/** A context with extra metrics beside the built-ins. */
function withMetrics(extra: Record<string, string | Ast>): FormulaContext {
	const metrics = new Map<string, MetricSource>(BUILT_IN_METRIC_SOURCES);
	for (const [id, formula] of Object.entries(extra)) metrics.set(id, { formula });
	return { columns: COLUMNS, metrics };
}

describe('checkFormula: references', () => {
	it('finds a cycle through another metric: a → b → a', () => {
		const context = { ...withMetrics({ a: 'b + count()', b: 'a * 2' }), self: 'a' };
		expect(checkFormula(parse('b + count()'), context)).toEqual([
			{ code: 'cycle', problem: cycle('a → b → a'), start: 0, end: 1 }
		]);
	});

	it('finds a metric that refers to itself: a → a', () => {
		const context = { ...withMetrics({ a: 'sum(likes) + a' }), self: 'a' };
		expect(checkFormula(parse('sum(likes) + a'), context)).toEqual([
			{ code: 'cycle', problem: cycle('a → a'), start: 13, end: 14 }
		]);
	});

	it('finds a cycle between other metrics when the checked formula has no id', () => {
		const context = withMetrics({ a: 'b + count()', b: 'a * 2' });
		expect(checkFormula(parse('sum(likes) / a'), context)).toMatchObject([
			{ code: 'cycle', problem: cycle('a → b → a'), start: 13, end: 14 }
		]);
	});

	it('reports a referenced metric that has an error at the reference', () => {
		const context = withMetrics({ bad: 'sum(likez)' });
		const errors = checkFormula(parse('bad / count()'), context);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toEqual({
			code: 'invalid-reference',
			problem: { code: 'problem_formula_reference', params: { id: 'bad' } },
			cause: { code: 'problem_formula_column_close', params: { name: 'likez', close: 'likes' } },
			start: 0,
			end: 3
		});
		expect(formulaErrorText(errors[0]!, 'en')).toBe(
			'metric `bad` has an error: unknown column `likez` — did you mean `likes`?'
		);
		expect(formulaErrorText(errors[0]!, 'es')).toBe(
			'la métrica `bad` tiene un error: columna desconocida `likez`: ¿quisiste decir `likes`?'
		);
	});

	it('accepts a referenced metric given as a tree', () => {
		const context = withMetrics({ likes_total: parse('sum(likes)') });
		expect(checkFormula(parse('likes_total / count()'), context)).toEqual([]);
	});
});

describe('expandReferences', () => {
	it('inlines metrics recursively so no reference is left', () => {
		const expanded = expandReferences(parse('cpe + er_reach'), BUILT_IN_METRIC_SOURCES);
		expect(someNode(expanded, (n) => n.type === 'metric')).toBe(false);
		expect(formatFormula(expanded)).toBe(
			'sum(spend) / (sum(likes) + sum(comments) + sum(shares) + sum(saves)) + ' +
				'(sum(likes) + sum(comments) + sum(shares) + sum(saves)) / sum(max(reach) by content_id)'
		);
	});

	it('refuses a cycle rather than looping', () => {
		const { metrics } = withMetrics({ a: 'b + count()', b: 'a * 2' });
		expect(() => expandReferences(parse('a'), metrics)).toThrow('cycle: a → b → a');
	});
});

describe('readFormula', () => {
	it('parses and checks text in one step', () => {
		expect(readFormula('sum(clicks) / sum(impressions)', BUILT_INS).ok).toBe(true);
		expect(readFormula('sum(clicks', BUILT_INS)).toMatchObject({
			ok: false,
			errors: [{ code: 'missing-paren' }]
		});
		expect(readFormula('sum(reach)', BUILT_INS)).toMatchObject({
			ok: false,
			errors: [{ code: 'snapshot-summed' }]
		});
	});
});
