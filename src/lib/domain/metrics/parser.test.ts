import { describe, expect, it } from 'vitest';
import { formulaErrorText } from '$lib/i18n/formula-text';
import { formatFormula, type Ast } from './ast';
import { parseFormula } from './parser';

/** The tree without positions, written as nested arrays so a table row fits on one line. */
function shape(node: Ast): unknown {
	switch (node.type) {
		case 'number':
			return node.value;
		case 'column':
			return `col:${node.name}`;
		case 'metric':
			return `metric:${node.id}`;
		case 'negate':
			return ['neg', shape(node.operand)];
		case 'binary':
			return [node.op, shape(node.left), shape(node.right)];
		case 'aggregate': {
			const call = [node.fn, node.arg ? shape(node.arg) : '*'];
			return node.by ? [...call, `by:${node.by.name}`] : call;
		}
	}
}

function parse(text: string): Ast {
	const result = parseFormula(text);
	if (!result.ok) throw new Error(`${text}: ${JSON.stringify(result.errors)}`);
	return result.ast;
}

// [formula, tree shape]
const TREES: [string, unknown][] = [
	['1000', 1000],
	['0.5', 0.5],
	['1e3', 1000],
	['2.5E-2', 0.025],
	['1 + 2 * 3', ['+', 1, ['*', 2, 3]]],
	['(1 + 2) * 3', ['*', ['+', 1, 2], 3]],
	['8 / 4 / 2', ['/', ['/', 8, 4], 2]],
	['5 - 3 - 1', ['-', ['-', 5, 3], 1]],
	['-2 * 3', ['*', ['neg', 2], 3]],
	['- -sum(likes)', ['neg', ['neg', ['sum', 'col:likes']]]],
	['2 * -sum(likes)', ['*', 2, ['neg', ['sum', 'col:likes']]]],
	['sum(likes)', ['sum', 'col:likes']],
	['sum(likes + comments)', ['sum', ['+', 'col:likes', 'col:comments']]],
	['count()', ['count', '*']],
	['count(*)', ['count', '*']],
	['count(content_id)', ['count', 'col:content_id']],
	['count_distinct(creator_id)', ['count_distinct', 'col:creator_id']],
	[
		'avg(spend) + min(spend) - max(spend)',
		['-', ['+', ['avg', 'col:spend'], ['min', 'col:spend']], ['max', 'col:spend']]
	],
	['sum(max(followers) by content_id)', ['sum', ['max', 'col:followers'], 'by:content_id']],
	['engagements / sum(impressions)', ['/', 'metric:engagements', ['sum', 'col:impressions']]],
	[
		'sum(spend)/sum(impressions)*1000',
		['*', ['/', ['sum', 'col:spend'], ['sum', 'col:impressions']], 1000]
	],
	['  sum( likes )  ', ['sum', 'col:likes']]
];

describe('parseFormula: trees', () => {
	it.each(TREES)('%s', (text, expected) => {
		expect(shape(parse(text))).toEqual(expected);
	});

	it('keeps the source offsets of every node, parentheses included', () => {
		const ast = parse('(sum(likes)) / count()');
		expect(ast).toMatchObject({
			type: 'binary',
			start: 0,
			end: 22,
			left: { type: 'aggregate', start: 0, end: 12, arg: { start: 5, end: 10 } },
			right: { type: 'aggregate', start: 15, end: 22 }
		});
		const nested = parse('sum(max(reach) by content_id)');
		expect(nested).toMatchObject({
			start: 0,
			end: 29,
			by: { name: 'content_id', start: 18, end: 28 },
			arg: { fn: 'max', start: 4, end: 14, arg: { name: 'reach', start: 8, end: 13 } }
		});
	});

	it('writes a tree back as text that parses to the same tree', () => {
		for (const [text] of TREES) {
			const ast = parse(text);
			expect(shape(parse(formatFormula(ast)))).toEqual(shape(ast));
		}
	});
});

// [formula, the errors: code, start, end, and a part of its English wording; suggestion when given]
const ERRORS: [
	string,
	{ code: string; start: number; end: number; message: RegExp; suggestion?: string }[]
][] = [
	['', [{ code: 'empty', start: 0, end: 0, message: /empty/ }]],
	['   ', [{ code: 'empty', start: 0, end: 3, message: /empty/ }]],
	['sum(likes))', [{ code: 'unexpected-token', start: 10, end: 11, message: /no `\(` to close/ }]],
	['sum(likes', [{ code: 'missing-paren', start: 3, end: 4, message: /`sum\(` is never closed/ }]],
	[
		'sum(likes comments)',
		[{ code: 'missing-paren', start: 10, end: 18, message: /found `comments`/ }]
	],
	[
		'1 +',
		[{ code: 'unexpected-end', start: 3, end: 3, message: /ends where a value is expected/ }]
	],
	[
		'1 + * 2',
		[{ code: 'unexpected-token', start: 4, end: 5, message: /expected a value before `\*`/ }]
	],
	['sum()', [{ code: 'missing-argument', start: 4, end: 5, message: /sum needs a column/ }]],
	['avg(*)', [{ code: 'misplaced-star', start: 4, end: 5, message: /count\(\*\) only/ }]],
	[
		'summ(likes)',
		[
			{
				code: 'unknown-function',
				start: 0,
				end: 4,
				message: /did you mean `sum`/,
				suggestion: 'sum'
			}
		]
	],
	[
		'sum(max(reach) by)',
		[{ code: 'missing-by-dimension', start: 15, end: 17, message: /by content_id/ }]
	],
	[
		'max(reach) by content_id',
		[{ code: 'misplaced-by', start: 11, end: 13, message: /inside an outer/ }]
	],
	[
		'Sum(likes)',
		[{ code: 'uppercase-name', start: 0, end: 3, message: /lower case/, suggestion: 'sum' }]
	],
	[
		'sum(spend) × 1000',
		[{ code: 'unexpected-character', start: 11, end: 12, message: /write `\*`/, suggestion: '*' }]
	],
	[
		'sum(likes) sum(saves) $',
		[
			{ code: 'unexpected-token', start: 11, end: 14, message: /operator missing/ },
			{ code: 'unexpected-character', start: 22, end: 23, message: /unexpected character `\$`/ }
		]
	],
	[
		'sum("likes"); DROP TABLE facts',
		[
			{ code: 'unexpected-character', start: 4, end: 5, message: /quotes/ },
			{ code: 'unexpected-character', start: 10, end: 11, message: /quotes/ },
			{ code: 'unexpected-character', start: 12, end: 13, message: /`;`/ },
			{ code: 'uppercase-name', start: 14, end: 18, message: /`drop`/, suggestion: 'drop' },
			{ code: 'unexpected-token', start: 14, end: 18, message: /operator missing/ },
			{ code: 'uppercase-name', start: 19, end: 24, message: /`table`/, suggestion: 'table' },
			{ code: 'unexpected-token', start: 19, end: 24, message: /operator missing/ },
			{ code: 'unexpected-token', start: 25, end: 30, message: /operator missing/ }
		]
	]
];

describe('parseFormula: errors', () => {
	it.each(ERRORS)('%j', (text, expected) => {
		const result = parseFormula(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toHaveLength(expected.length);
		result.errors.forEach((error, i) => {
			const { message, ...rest } = expected[i]!;
			expect(error).toMatchObject(rest);
			expect(formulaErrorText(error, 'en')).toMatch(message);
			if (rest.suggestion === undefined) expect(error.suggestion).toBeUndefined();
		});
	});
});

describe('parseFormula: problems as data', () => {
	it('gives each problem its code and the values its wording needs', () => {
		const result = parseFormula('SUM(likes) × 2');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.map((error) => error.problem)).toEqual([
			{ code: 'problem_formula_uppercase', params: { lower: 'sum', name: 'SUM' } },
			{ code: 'problem_formula_look_alike', params: { char: '×', instead: '*' } }
		]);
		expect(formulaErrorText(result.errors[0]!, 'pt')).toBe(
			'os nomes são escritos em minúsculas: `sum`, não `SUM`'
		);
	});
});
