import { describe, expect, it } from 'vitest';
import { BUILT_IN_METRIC_SOURCES } from '../metrics/catalog';
import { expandReferences, parsedTree } from '../metrics/expand';
import { parseFormula } from '../metrics/parser';
import { scalesWithDays } from './scales-with-days';

function tree(formula: string) {
	const parsed = parseFormula(formula);
	if (!parsed.ok) throw new Error(`${formula} does not parse`);
	return expandReferences(parsed.ast, BUILT_IN_METRIC_SOURCES);
}

describe('scalesWithDays', () => {
	it.each([
		['sum(impressions)', true],
		['sum(likes) + sum(comments)', true],
		['sum(spend) * 0.5', true],
		['sum(revenue) - sum(spend)', true],
		['count()', true],
		['sum(spend) / 1000', true],
		['sum(clicks) / sum(impressions)', false],
		['sum(spend) / sum(impressions) * 1000', false],
		['avg(spend)', false],
		['max(followers)', false],
		['sum(clicks) * sum(impressions)', false],
		['1000 / sum(impressions)', false],
		['engagements / sum(impressions) + 1', false]
	])('%s → %s', (formula, grows) => {
		expect(scalesWithDays(tree(formula))).toBe(grows);
	});

	it('tells the catalog’s totals from its rates and costs', () => {
		const growing = [...BUILT_IN_METRIC_SOURCES.keys()].filter((id) =>
			scalesWithDays(
				expandReferences(parsedTree(id, BUILT_IN_METRIC_SOURCES.get(id)!), BUILT_IN_METRIC_SOURCES)
			)
		);
		expect(growing.sort()).toEqual(
			[
				'clicks',
				'conversions',
				'engagements',
				'impressions',
				'reach',
				'revenue',
				'spend',
				'views'
			].sort()
		);
	});
});
