import { describe, expect, it } from 'vitest';
import type { DefinitionContent } from '../definitions';
import { rankCreators } from './creator-ranking';

const definition: DefinitionContent & { version: number } = {
	id: 'latam',
	team: 'LATAM partner team',
	markets: ['BR'],
	rationale: '',
	cap: 1.5,
	version: 2,
	kpis: [
		{ metric: 'er_reach', comparator: '>=', target: 0.05, unit: 'percent', weight: 3 },
		{ metric: 'cpm', comparator: '<=', target: 10, unit: 'currency', currency: 'USD', weight: 1 },
		{
			metric: 'spend',
			comparator: '>=',
			target: 5000,
			unit: 'currency',
			currency: 'USD',
			weight: 1
		}
	]
} as DefinitionContent & { version: number };

// Hand-computed: attainment is actual/target for "higher", target/actual for "lower", capped 1.5.
const actuals: Record<string, Record<string, number | null>> = {
	'br-a': { er_reach: 0.04, cpm: 10, spend: 100 }, // 0.8·3 + 1·1 = 3.4 / 4 = 0.85
	'br-b': { er_reach: 0.1, cpm: 20, spend: 90000 }, // 1.5·3 + 0.5·1 = 5 / 4 = 1.25
	'br-c': { er_reach: null, cpm: null, spend: 0 } // nothing to score
};

describe('rankCreators', () => {
	const ranking = rankCreators({
		market: 'BR',
		definition,
		scaleFree: (metric) => metric !== 'spend',
		range: { from: '2026-11-01', to: '2026-11-22' },
		campaign: { start: '2026-11-01', end: '2026-11-30' },
		creatorIds: ['br-c', 'br-a', 'br-b'],
		actual: (creator, kpi) => actuals[creator]![kpi.metric] ?? null
	});

	it('orders creators by their score under the definition, those without one last', () => {
		expect(ranking.creators.map((c) => [c.creatorId, c.score])).toEqual([
			['br-b', 1.25],
			['br-a', 0.85],
			['br-c', null]
		]);
	});

	it("leaves out and names the KPIs whose target is the whole market's", () => {
		expect(ranking.metrics).toEqual(['er_reach', 'cpm']);
		expect(ranking.leftOut).toEqual(['spend']);
		expect(ranking.creators[0]!.kpis.map((kpi) => kpi.metric)).toEqual(['er_reach', 'cpm']);
		expect(ranking.definition).toEqual({ id: 'latam', team: 'LATAM partner team', version: 2 });
	});
});
