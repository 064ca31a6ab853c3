import {
	AGGREGATE_FUNCTIONS,
	isAggregateFunction,
	type AggregateFunction,
	type AggregateNode,
	type Ast,
	type FormulaError,
	type FormulaErrorCode
} from './ast';
import { problem, type Problem } from '../problem';
import { tokenize, type Token } from './lexer';
import { closestName } from './suggest';

/** A parsed formula, or every problem found in its text. */
export type ParseResult = { ok: true; ast: Ast } | { ok: false; errors: FormulaError[] };

/** How tightly each operator binds; unary minus binds tighter than any of them. */
const BINDING = { '+': 10, '-': 10, '*': 20, '/': 20 } as const;
const UNARY = 30;

/**
 * Parses a metric formula. A name inside an aggregate's parentheses is a column; a name
 * outside any aggregate is a reference to another metric. Problems are returned as data,
 * as many as the text shows, ordered by position.
 */
export function parseFormula(text: string): ParseResult {
	if (text.trim() === '')
		return {
			ok: false,
			errors: [
				{ code: 'empty', problem: problem('problem_formula_empty'), start: 0, end: text.length }
			]
		};
	const { tokens, errors } = tokenize(text);
	const parser = new Parser(tokens, errors);
	const ast = parser.formula();
	if (errors.length === 0) return { ok: true, ast };
	return { ok: false, errors: errors.sort((a, b) => a.start - b.start) };
}

class Parser {
	private at = 0;
	/** How many aggregates' parentheses the parser is inside. */
	private depth = 0;

	constructor(
		private readonly tokens: Token[],
		private readonly errors: FormulaError[]
	) {}

	formula(): Ast {
		const ast = this.expression(0);
		// Whatever follows a complete formula is reported, then parsed on its own so that
		// its own problems are reported too.
		while (this.peek().kind !== 'end') {
			const token = this.peek();
			this.errors.push(leftover(token));
			if (token.kind === 'name' && token.text === 'by') {
				this.next();
				if (this.peek().kind === 'name') this.next();
			} else if (startsValue(token)) this.expression(0);
			else this.next();
		}
		return ast;
	}

	private expression(minBinding: number): Ast {
		let left = this.prefix();
		for (;;) {
			const op = this.peek();
			if (op.kind !== '+' && op.kind !== '-' && op.kind !== '*' && op.kind !== '/') break;
			const binding = BINDING[op.kind];
			if (binding <= minBinding) break;
			this.next();
			const right = this.expression(binding);
			left = { type: 'binary', op: op.kind, left, right, start: left.start, end: right.end };
		}
		return left;
	}

	private prefix(): Ast {
		const token = this.peek();
		switch (token.kind) {
			case 'number':
				this.next();
				return { type: 'number', value: token.value, start: token.start, end: token.end };
			case 'name':
				this.next();
				if (this.peek().kind === '(') return this.call(token);
				if (token.text === 'by') {
					this.error(token, 'misplaced-by', problem('problem_formula_by_follows'));
					return this.prefix();
				}
				return this.depth > 0
					? { type: 'column', name: token.text, start: token.start, end: token.end }
					: { type: 'metric', id: token.text, start: token.start, end: token.end };
			case '(': {
				this.next();
				const inner = this.expression(0);
				const end = this.close(token, null);
				return { ...inner, start: token.start, end };
			}
			case '-': {
				this.next();
				const operand = this.expression(UNARY);
				return { type: 'negate', operand, start: token.start, end: operand.end };
			}
			case '+':
			case '*':
			case '/':
				this.error(
					token,
					'unexpected-token',
					problem('problem_formula_value_expected', { token: token.text })
				);
				this.next();
				return this.prefix();
			default:
				if (token.kind === 'end')
					this.error(token, 'unexpected-end', problem('problem_formula_ends_early'));
				else
					this.error(
						token,
						'unexpected-token',
						problem('problem_formula_value_expected', { token: token.text })
					);
				return { type: 'number', value: 0, start: token.start, end: token.end };
		}
	}

	/** An aggregate call; `name` has been read and `(` is next. */
	private call(name: Token): AggregateNode {
		const open = this.next();
		let fn: AggregateFunction = 'sum';
		if (isAggregateFunction(name.text)) fn = name.text;
		else {
			const close = closestName(name.text, AGGREGATE_FUNCTIONS);
			this.error(name, 'unknown-function', unknownFunction(name.text, close), close ?? undefined);
		}
		let arg: Ast | null = null;
		const next = this.peek();
		if (next.kind === ')') {
			if (fn !== 'count')
				this.error(next, 'missing-argument', problem('problem_formula_argument_missing', { fn }));
		} else if (next.kind === '*' && this.peek(1).kind === ')') {
			this.next();
			if (fn !== 'count') this.error(next, 'misplaced-star', problem('problem_formula_star'));
		} else {
			this.depth++;
			arg = this.expression(0);
			this.depth--;
		}
		let by: AggregateNode['by'] = null;
		const keyword = this.peek();
		if (keyword.kind === 'name' && keyword.text === 'by') {
			this.next();
			const dimension = this.peek();
			if (dimension.kind === 'name') {
				this.next();
				by = { name: dimension.text, start: dimension.start, end: dimension.end };
			} else this.error(keyword, 'missing-by-dimension', problem('problem_formula_by_dimension'));
		}
		const end = this.close(open, name);
		return { type: 'aggregate', fn, arg, by, start: name.start, end };
	}

	/** Reads the `)` that closes `open`, or reports it missing; returns the end offset. */
	private close(open: Token, call: Token | null): number {
		const token = this.peek();
		if (token.kind === ')') return this.next().end;
		const what = call ? `\`${call.text}(\`` : '`(`';
		if (token.kind === 'end') {
			this.error(open, 'missing-paren', problem('problem_formula_never_closed', { what }));
			return token.start;
		}
		this.error(
			token,
			'missing-paren',
			problem('problem_formula_close_expected', { what, token: token.text })
		);
		// Skip to the matching `)` so the rest of the formula is read in step.
		let level = 0;
		while (this.peek().kind !== 'end') {
			const skipped = this.next();
			if (skipped.kind === '(') level++;
			if (skipped.kind === ')' && level-- === 0) return skipped.end;
		}
		return this.peek().start;
	}

	private peek(ahead = 0): Token {
		return this.tokens[Math.min(this.at + ahead, this.tokens.length - 1)]!;
	}

	private next(): Token {
		const token = this.peek();
		if (token.kind !== 'end') this.at++;
		return token;
	}

	private error(token: Token, code: FormulaErrorCode, problem: Problem, suggestion?: string) {
		const error: FormulaError = { code, problem, start: token.start, end: token.end };
		if (suggestion !== undefined) error.suggestion = suggestion;
		this.errors.push(error);
	}
}

function startsValue(token: Token): boolean {
	return (
		token.kind === 'number' || token.kind === 'name' || token.kind === '(' || token.kind === '-'
	);
}

function leftover(token: Token): FormulaError {
	const span = { start: token.start, end: token.end };
	if (token.kind === ')')
		return { code: 'unexpected-token', problem: problem('problem_formula_extra_paren'), ...span };
	if (token.kind === 'name' && token.text === 'by')
		return { code: 'misplaced-by', problem: problem('problem_formula_by_outside'), ...span };
	return {
		code: 'unexpected-token',
		problem: problem('problem_formula_operator_missing', { token: token.text }),
		...span
	};
}

function unknownFunction(name: string, close: string | null): Problem {
	return close
		? problem('problem_formula_function_close', { name, close })
		: problem('problem_formula_function_unknown', { name, known: AGGREGATE_FUNCTIONS.join(', ') });
}
