import type { Ast } from './ast';
import { parseFormula } from './parser';

/** Another metric a formula may refer to, by its formula text or its parsed tree. */
export interface MetricSource {
	formula: string | Ast;
}

/**
 * Replaces every metric reference with the referenced metric's tree, recursively, so the
 * compiler sees one tree. Throws on a reference that `checkFormula` would have refused.
 * `path` holds the ids being expanded around `ast`, to stop at a cycle.
 */
export function expandReferences(
	ast: Ast,
	metrics: ReadonlyMap<string, MetricSource>,
	path: readonly string[] = []
): Ast {
	switch (ast.type) {
		case 'metric': {
			if (path.includes(ast.id)) throw new Error(`cycle: ${[...path, ast.id].join(' → ')}`);
			const source = metrics.get(ast.id);
			if (!source) throw new Error(`unknown metric: ${ast.id}`);
			return expandReferences(parsedTree(ast.id, source), metrics, [...path, ast.id]);
		}
		case 'binary':
			return {
				...ast,
				left: expandReferences(ast.left, metrics, path),
				right: expandReferences(ast.right, metrics, path)
			};
		case 'negate':
			return { ...ast, operand: expandReferences(ast.operand, metrics, path) };
		default:
			return ast;
	}
}

/** The tree of a metric source, parsing its text when needed; throws if it does not parse. */
export function parsedTree(id: string, source: MetricSource): Ast {
	if (typeof source.formula !== 'string') return source.formula;
	const parsed = parseFormula(source.formula);
	if (!parsed.ok) throw new Error(`metric ${id} does not parse: ${parsed.errors[0]!.problem.code}`);
	return parsed.ast;
}
