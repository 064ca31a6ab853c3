import {
	formatFormula,
	someNode,
	type AggregateFunction,
	type AggregateNode,
	type Ast,
	type ColumnNode,
	type FormulaError,
	type FormulaErrorCode,
	type MetricNode,
	type Span
} from './ast';
import { problem, type Problem } from '../problem';
import type { MetricSource } from './expand';
import { parseFormula, type ParseResult } from './parser';
import { closestName } from './suggest';

export { expandReferences } from './expand';
export type { MetricSource } from './expand';

/** How a column may be aggregated: dimensions are counted, snapshots never summed over time. */
export type ColumnKind = 'dimension' | 'additive' | 'snapshot' | 'money' | 'extra';

/** A column a formula may name. */
export interface FormulaColumn {
	name: string;
	kind: ColumnKind;
}

/** What a formula is checked against. */
export interface FormulaContext {
	columns: readonly FormulaColumn[];
	metrics: ReadonlyMap<string, MetricSource>;
	/** The id of the metric being checked, so that a reference back to it is a cycle. */
	self?: string;
}

/** The dimension that counts each content item once, in the nested form for snapshots. */
const ITEM = 'content_id';

/** Where the checker is: outside aggregates, inside one, or on either side of a nested `by`. */
type Scope = 'top' | 'inside' | 'by-top' | 'by-inner';

interface Frame {
	scope: Scope;
	/** The nearest aggregate around the node, and the outermost one. */
	fn: AggregateFunction | null;
	outer: AggregateNode | null;
	/** True when the node is the whole argument of `fn`. */
	direct: boolean;
}

/**
 * Checks a parsed formula against the columns and metrics it may use. Returns every
 * problem found, with its position in the formula text; an empty list means the formula
 * can be compiled (after `expandReferences`).
 */
export function checkFormula(ast: Ast, context: FormulaContext): FormulaError[] {
	return new Checker(context, context.self ? [context.self] : []).check(ast);
}

/** Parses and checks formula text in one step. */
export function readFormula(text: string, context: FormulaContext): ParseResult {
	const parsed = parseFormula(text);
	if (!parsed.ok) return parsed;
	const errors = checkFormula(parsed.ast, context);
	return errors.length ? { ok: false, errors } : parsed;
}

class Checker {
	private readonly errors: FormulaError[] = [];
	private readonly kinds: Map<string, ColumnKind>;
	private aggregated = false;
	private root: Ast | null = null;

	constructor(
		private readonly context: FormulaContext,
		private readonly path: readonly string[]
	) {
		this.kinds = new Map(context.columns.map((c) => [c.name, c.kind]));
	}

	check(ast: Ast): FormulaError[] {
		this.root = ast;
		this.visit(ast, { scope: 'top', fn: null, outer: null, direct: false });
		if (!this.aggregated && this.errors.length === 0)
			this.error(ast, 'no-aggregate', problem('problem_formula_no_aggregate'));
		return this.errors.sort((a, b) => a.start - b.start);
	}

	private visit(node: Ast, frame: Frame): void {
		const inner = { ...frame, direct: false };
		switch (node.type) {
			case 'number':
				return;
			case 'binary':
				this.visit(node.left, inner);
				this.visit(node.right, inner);
				return;
			case 'negate':
				this.visit(node.operand, inner);
				return;
			case 'metric':
				if (frame.scope === 'top') this.reference(node);
				else
					this.error(
						node,
						'metric-in-aggregate',
						problem('problem_formula_aggregated_again', { id: node.id })
					);
				return;
			case 'column':
				this.column(node, frame);
				return;
			case 'aggregate':
				this.aggregate(node, frame);
				return;
		}
	}

	private aggregate(node: AggregateNode, frame: Frame): void {
		const next: Frame = { scope: 'inside', fn: node.fn, outer: frame.outer ?? node, direct: true };
		if (frame.scope === 'top') {
			this.aggregated = true;
			if (node.by) {
				this.byDimension(node.by);
				if (!node.arg || someNode(node.arg, (n) => n.type === 'aggregate')) next.scope = 'by-top';
				else
					this.error(
						node.by,
						'by-without-aggregate',
						problem('problem_formula_by_needs_aggregate', {
							by: node.by.name,
							fix: `${node.fn}(max(${formatFormula(node.arg)}) by ${node.by.name})`
						})
					);
			}
		} else if (frame.scope === 'by-top') {
			next.scope = 'by-inner';
			if (node.by) this.error(node.by, 'nesting-too-deep', problem('problem_formula_nesting'));
		} else {
			const outer = frame.outer!;
			const nested = `${outer.fn}(${formatFormula(node)} by ${ITEM})`;
			this.error(
				node,
				'aggregate-in-aggregate',
				problem('problem_formula_nested_needs_by', { fix: nested }),
				`${formatFormula(node)} by ${ITEM}`
			);
		}
		if (node.arg) this.visit(node.arg, next);
	}

	private byDimension(by: Span & { name: string }): void {
		const kind = this.kinds.get(by.name);
		if (kind === 'dimension') return;
		const dimensions = this.context.columns
			.filter((c) => c.kind === 'dimension')
			.map((c) => c.name);
		if (kind === undefined) {
			const close = closestName(by.name, dimensions);
			this.error(by, 'unknown-column', unknown('column', by.name, close), close ?? undefined);
		} else
			this.error(
				by,
				'by-not-dimension',
				problem('problem_formula_by_measure', { dimensions: dimensions.join(', '), name: by.name })
			);
	}

	private column(node: ColumnNode, frame: Frame): void {
		const { name } = node;
		const kind = this.kinds.get(name);
		if (kind === undefined) {
			if (this.context.metrics.has(name))
				this.error(node, 'metric-in-aggregate', problem('problem_formula_metric_inside', { name }));
			else {
				const close = closestName(name, this.kinds.keys());
				this.error(node, 'unknown-column', unknown('column', name, close), close ?? undefined);
			}
			return;
		}
		if (frame.scope === 'top' || frame.scope === 'by-top') {
			this.bareColumn(node, kind, frame);
			return;
		}
		if (
			kind === 'dimension' &&
			!(frame.direct && (frame.fn === 'count' || frame.fn === 'count_distinct'))
		)
			this.error(
				node,
				'dimension-measured',
				problem('problem_formula_dimension_measured', { name })
			);
		if (kind === 'snapshot' && frame.fn === 'sum') this.snapshotSummed(node);
	}

	private snapshotSummed(node: ColumnNode): void {
		const nested = `sum(max(${node.name}) by ${ITEM})`;
		// The wording says what the snapshot holds (reach: unique accounts so far).
		this.error(
			node,
			'snapshot-summed',
			problem('problem_formula_snapshot_summed', { name: node.name, fix: nested }),
			nested
		);
	}

	private bareColumn(node: ColumnNode | MetricNode, kind: ColumnKind, frame: Frame): void {
		const name = node.type === 'column' ? node.name : node.id;
		if (frame.scope === 'by-top') {
			const by = frame.outer?.by?.name ?? ITEM;
			this.error(
				node,
				'bare-column',
				problem('problem_formula_read_once', { name, by }),
				`max(${name})`
			);
			return;
		}
		const fixed = formatFormula(this.wrapBareColumns(this.root!));
		this.error(
			node,
			'bare-column',
			problem('problem_formula_bare_column', { name, fix: fixed }),
			aggregateOf(name, kind)
		);
	}

	/** The formula with each bare column at the top level replaced by its aggregate. */
	private wrapBareColumns(node: Ast): Ast {
		const name = node.type === 'metric' ? node.id : node.type === 'column' ? node.name : null;
		if (name !== null && !this.context.metrics.has(name) && this.kinds.has(name)) {
			const parsed = parseFormula(aggregateOf(name, this.kinds.get(name)!));
			if (parsed.ok) return parsed.ast;
		}
		if (node.type === 'binary')
			return {
				...node,
				left: this.wrapBareColumns(node.left),
				right: this.wrapBareColumns(node.right)
			};
		if (node.type === 'negate') return { ...node, operand: this.wrapBareColumns(node.operand) };
		return node;
	}

	private reference(node: MetricNode): void {
		const { id } = node;
		const source = this.context.metrics.get(id);
		if (!source) {
			const kind = this.kinds.get(id);
			if (kind !== undefined)
				this.bareColumn(node, kind, { scope: 'top', fn: null, outer: null, direct: false });
			else {
				const close = closestName(id, [...this.context.metrics.keys(), ...this.kinds.keys()]);
				const suggestion =
					close && !this.context.metrics.has(close)
						? aggregateOf(close, this.kinds.get(close)!)
						: close;
				this.error(
					node,
					'unknown-metric',
					unknown('metric', id, suggestion),
					suggestion ?? undefined
				);
			}
			return;
		}
		this.aggregated = true;
		if (this.path.includes(id)) {
			const cycle = [...this.path.slice(this.path.indexOf(id)), id];
			this.error(node, 'cycle', problem('problem_formula_cycle', { cycle: cycle.join(' → ') }));
			return;
		}
		const parsed =
			typeof source.formula === 'string'
				? parseFormula(source.formula)
				: { ok: true as const, ast: source.formula };
		const errors = parsed.ok
			? new Checker(this.context, [...this.path, id]).check(parsed.ast)
			: parsed.errors;
		const cycle = errors.find((e) => e.code === 'cycle');
		if (cycle) this.error(node, 'cycle', cycle.problem);
		else if (errors.length) {
			// The first problem inside the referenced metric says what to mend there.
			const cause = errors[0]!.cause ?? errors[0]!.problem;
			this.error(node, 'invalid-reference', problem('problem_formula_reference', { id }), {
				cause
			});
		}
	}

	private error(
		span: Span,
		code: FormulaErrorCode,
		problem: Problem,
		extra: { suggestion?: string; cause?: Problem } | string = {}
	): void {
		const { suggestion, cause } = typeof extra === 'string' ? { suggestion: extra } : extra;
		const error: FormulaError = { code, problem, start: span.start, end: span.end };
		if (suggestion !== undefined) error.suggestion = suggestion;
		if (cause !== undefined) error.cause = cause;
		this.errors.push(error);
	}
}

/** How a column is aggregated when a formula names it bare. */
function aggregateOf(name: string, kind: ColumnKind): string {
	if (kind === 'dimension') return `count_distinct(${name})`;
	if (kind === 'snapshot') return `sum(max(${name}) by ${ITEM})`;
	return `sum(${name})`;
}

function unknown(what: 'column' | 'metric', name: string, close: string | null): Problem {
	if (what === 'column') {
		return close
			? problem('problem_formula_column_close', { name, close })
			: problem('problem_formula_column_unknown', { name });
	}
	return close
		? problem('problem_formula_metric_close', { name, close })
		: problem('problem_formula_metric_unknown', { name });
}
