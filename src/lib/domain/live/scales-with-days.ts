import type { Ast } from '../metrics/ast';

/** How a formula's value behaves when the rows of more days are added. */
type Growth = 'grows' | 'level' | 'constant';

/**
 * Whether a metric's value grows with the number of days it covers (a total: impressions,
 * spend, engagements) rather than staying at a level (a rate or a cost per unit: CTR, CPM,
 * ROAS). Sums and counts grow; averages, minimums and maximums stay; a total plus or minus a
 * total, or scaled by a number, grows; a total divided by a total is a level. `tree` must have
 * its metric references expanded (see `compiledTree`).
 */
export function scalesWithDays(tree: Ast): boolean {
	return growthOf(tree) === 'grows';
}

function growthOf(node: Ast): Growth {
	switch (node.type) {
		case 'number':
			return 'constant';
		case 'aggregate':
			return node.fn === 'sum' || node.fn === 'count' || node.fn === 'count_distinct'
				? 'grows'
				: 'level';
		case 'negate':
			return growthOf(node.operand);
		case 'binary': {
			const left = growthOf(node.left);
			const right = growthOf(node.right);
			if (left === 'level' || right === 'level') return 'level';
			if (node.op === '+' || node.op === '-') {
				return left === 'grows' || right === 'grows' ? 'grows' : 'constant';
			}
			if (node.op === '*') {
				if (left === 'grows' && right === 'grows') return 'level';
				return left === 'grows' || right === 'grows' ? 'grows' : 'constant';
			}
			// Division: a total over a number is a total; anything over a total is a level.
			if (right === 'grows') return 'level';
			return left;
		}
		// A bare column or an unexpanded reference: not a total that can be spread over days.
		default:
			return 'level';
	}
}
