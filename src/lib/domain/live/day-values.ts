import { isSnapshotMeasure } from '../facts';
import { someNode, type Ast } from '../metrics/ast';

/**
 * Whether one day's value of a metric means what its value over a range means. A metric
 * that reads a snapshot measure (reach, followers) does not: the snapshot counts each post's
 * audience once, at its largest, so one day's engagements over it make a sliver of the rate
 * the whole range gives (the sample's engagement per reach is about 4% over the campaign and
 * 0.2% on any one day). Such a metric is read to date instead. `tree` has its references
 * expanded.
 */
export function hasDayValues(tree: Ast): boolean {
	return !someNode(tree, (node) => node.type === 'column' && isSnapshotMeasure(node.name));
}
