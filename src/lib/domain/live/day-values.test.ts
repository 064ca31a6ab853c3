import { describe, expect, it } from 'vitest';
import { BUILT_IN_METRIC_SOURCES } from '../metrics/catalog';
import { expandReferences, parsedTree } from '../metrics/expand';
import { hasDayValues } from './day-values';

describe('hasDayValues', () => {
	it('tells the catalog’s metrics that read reach or followers from those a day can show', () => {
		const without = [...BUILT_IN_METRIC_SOURCES].filter(
			([id, source]) =>
				!hasDayValues(expandReferences(parsedTree(id, source), BUILT_IN_METRIC_SOURCES))
		);
		expect(without.map(([id]) => id).sort()).toEqual(['er_followers', 'er_reach', 'reach']);
	});
});
