import type { Problem } from '../problem';

/**
 * The tree a metric formula parses into. Every node keeps the character offsets of the
 * text it came from (`start` inclusive, `end` exclusive), so each problem found later can
 * point at its place in the formula.
 */

/** Aggregates the metric language knows. */
export const AGGREGATE_FUNCTIONS = ['sum', 'avg', 'min', 'max', 'count', 'count_distinct'] as const;
export type AggregateFunction = (typeof AGGREGATE_FUNCTIONS)[number];

/** True for the name of an aggregate the language knows. */
export function isAggregateFunction(name: string): name is AggregateFunction {
	return (AGGREGATE_FUNCTIONS as readonly string[]).includes(name);
}

/** Where a node sits in the formula text. */
export interface Span {
	start: number;
	end: number;
}

/** A number literal: `1000`, `0.5`, `1e3`. */
export interface NumberNode extends Span {
	type: 'number';
	value: number;
}

/** A column of the facts, read row by row inside an aggregate. */
export interface ColumnNode extends Span {
	type: 'column';
	name: string;
}

/** Another metric, named outside any aggregate; its formula stands in its place. */
export interface MetricNode extends Span {
	type: 'metric';
	id: string;
}

/** Arithmetic on two operands. */
export interface BinaryNode extends Span {
	type: 'binary';
	op: '+' | '-' | '*' | '/';
	left: Ast;
	right: Ast;
}

/** Unary minus. */
export interface NegateNode extends Span {
	type: 'negate';
	operand: Ast;
}

/**
 * An aggregate over rows. `arg` is null for `count()` / `count(*)` (rows). With `by`, the
 * argument holds aggregates computed once per value of that dimension, and this aggregate
 * combines those values: `sum(max(reach) by content_id)`.
 */
export interface AggregateNode extends Span {
	type: 'aggregate';
	fn: AggregateFunction;
	arg: Ast | null;
	by: (Span & { name: string }) | null;
}

/** Any node of a formula. */
export type Ast = NumberNode | ColumnNode | MetricNode | BinaryNode | NegateNode | AggregateNode;

/** What kind of problem a formula has: the first group from parsing, the rest from checking. */
export type FormulaErrorCode =
	| 'empty'
	| 'unexpected-character'
	| 'uppercase-name'
	| 'unexpected-token'
	| 'unexpected-end'
	| 'missing-paren'
	| 'unknown-function'
	| 'missing-argument'
	| 'misplaced-star'
	| 'missing-by-dimension'
	| 'misplaced-by'
	| 'unknown-column'
	| 'unknown-metric'
	| 'bare-column'
	| 'metric-in-aggregate'
	| 'aggregate-in-aggregate'
	| 'by-not-dimension'
	| 'by-without-aggregate'
	| 'nesting-too-deep'
	| 'snapshot-summed'
	| 'dimension-measured'
	| 'cycle'
	| 'invalid-reference'
	| 'no-aggregate';

/**
 * A problem in a formula, with the span of text it is about. `problem` says what is wrong for
 * the page or the command line to word (src/lib/i18n/formula-text.ts).
 */
export interface FormulaError extends Span {
	code: FormulaErrorCode;
	problem: Problem;
	/** For a reference to a metric whose own formula is wrong: the first problem in it. */
	cause?: Problem;
	/** Text to put in place of the span (or the whole corrected formula), when one is known. */
	suggestion?: string;
}

/** The direct children of a node, in source order. */
export function childrenOf(node: Ast): Ast[] {
	switch (node.type) {
		case 'binary':
			return [node.left, node.right];
		case 'negate':
			return [node.operand];
		case 'aggregate':
			return node.arg ? [node.arg] : [];
		default:
			return [];
	}
}

/** True when the node or any node below it satisfies the test. */
export function someNode(node: Ast, test: (node: Ast) => boolean): boolean {
	return test(node) || childrenOf(node).some((child) => someNode(child, test));
}

const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2 } as const;

/** Writes a tree back as formula text with only the parentheses it needs. */
export function formatFormula(node: Ast): string {
	switch (node.type) {
		case 'number':
			return String(node.value);
		case 'column':
			return node.name;
		case 'metric':
			return node.id;
		case 'negate': {
			const operand = formatFormula(node.operand);
			return node.operand.type === 'binary' ? `-(${operand})` : `-${operand}`;
		}
		case 'aggregate': {
			const arg = node.arg ? formatFormula(node.arg) : '';
			return `${node.fn}(${arg}${node.by ? ` by ${node.by.name}` : ''})`;
		}
		case 'binary': {
			const own = PRECEDENCE[node.op];
			const side = (child: Ast, tight: boolean) => {
				const text = formatFormula(child);
				if (child.type !== 'binary') return text;
				const inner = PRECEDENCE[child.op];
				return inner < own || (tight && inner === own) ? `(${text})` : text;
			};
			return `${side(node.left, false)} ${node.op} ${side(node.right, true)}`;
		}
	}
}
