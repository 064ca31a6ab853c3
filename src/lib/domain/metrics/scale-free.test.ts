import { describe, expect, it } from 'vitest';
import { BUILT_IN_METRIC_SOURCES } from './catalog';
import { compiledTree } from '$lib/queries/score-campaign';
import { isScaleFree } from './scale-free';

const tree = (id: string) => compiledTree(id, BUILT_IN_METRIC_SOURCES);

describe('isScaleFree', () => {
	it('holds for the rates of the catalog, a constant factor included', () => {
		for (const id of [
			'er_reach',
			'er_impressions',
			'ctr',
			'cvr',
			'view_rate',
			'roas',
			'cpm',
			'cpa'
		]) {
			expect({ id, scaleFree: isScaleFree(tree(id)) }).toEqual({ id, scaleFree: true });
		}
	});

	it('does not hold for sums, which grow with the rows they cover', () => {
		for (const id of ['spend', 'engagements', 'impressions']) {
			expect({ id, scaleFree: isScaleFree(tree(id)) }).toEqual({ id, scaleFree: false });
		}
	});
});
