import type { Ast } from './ast';

/**
 * True when a metric's value does not grow with how much data it covers: a ratio of two
 * aggregates (an engagement rate, CPM), possibly scaled by a constant (× 1000). Such a metric
 * can hold one creator to a market's target; a sum (spend, engagements) cannot, since its
 * target is set for the whole market. The tree is the compiled one, references inlined.
 */
export function isScaleFree(ast: Ast): boolean {
	if (ast.type !== 'binary') return false;
	if (ast.op === '/') return !isConstant(ast.right) || isScaleFree(ast.left);
	if (ast.op === '*') {
		if (isConstant(ast.left)) return isScaleFree(ast.right);
		if (isConstant(ast.right)) return isScaleFree(ast.left);
	}
	return false;
}

function isConstant(ast: Ast): boolean {
	if (ast.type === 'number') return true;
	if (ast.type === 'negate') return isConstant(ast.operand);
	if (ast.type === 'binary') return isConstant(ast.left) && isConstant(ast.right);
	return false;
}
