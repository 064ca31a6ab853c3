import { describe, expect, it } from 'vitest';
import type { Verdict } from '../definitions';
import { findDivergences } from './divergences';
import type { DefinitionScore, KpiScore } from './score-definition';

/** Engagement rates are one family whatever their denominator; every other metric is its own. */
const familyOf = (metric: string) => (metric.startsWith('er_') ? 'engagement_rate' : metric);

/** A KPI score with only what divergences read filled in meaningfully. */
function kpi(metric: string, verdict: Verdict): KpiScore {
	return {
		metric,
		comparator: '>=',
		actual: 1,
		target: 1,
		targetRule: '',
		unit: 'ratio',
		attainment: 1,
		verdict,
		weight: 1
	};
}

function result(
	definition: string,
	market: string,
	verdict: Verdict,
	kpis: KpiScore[]
): DefinitionScore {
	return { definition, version: 1, market, score: 1, verdict, kpis, missing: [] };
}

/**
 * Two markets under two definitions, plus a market where everything agrees:
 * - MX: both definitions read the whole as a success (met, win), but us-brand's engagement
 *   rate by impressions is a miss while latam-partner's by reach is a win.
 * - BR: us-brand reads not met, latam-partner win; the KPIs agree pairwise.
 * - US: everything agrees.
 */
const crossRead: DefinitionScore[] = [
	result('us-brand', 'MX', 'met', [kpi('er_impressions', 'miss'), kpi('cpa', 'met')]),
	result('us-brand', 'BR', 'not_met', [kpi('er_impressions', 'win'), kpi('cpa', 'met')]),
	result('latam-partner', 'MX', 'win', [kpi('er_reach', 'win'), kpi('cpa', 'met')]),
	result('latam-partner', 'BR', 'win', [kpi('er_reach', 'win'), kpi('cpa', 'win')]),
	result('us-brand', 'US', 'met', [kpi('er_impressions', 'met'), kpi('cpa', 'met')]),
	result('latam-partner', 'US', 'met', [kpi('er_reach', 'win'), kpi('cpa', 'met')])
];

describe('findDivergences', () => {
	it('finds a KPI-level divergence in MX and an overall one in BR, and nothing in US', () => {
		expect(findDivergences(crossRead, familyOf)).toEqual([
			{
				market: 'MX',
				definitions: ['latam-partner', 'us-brand'],
				verdicts: { 'latam-partner': 'win', 'us-brand': 'met' },
				overall: false,
				kpis: [
					{
						family: 'engagement_rate',
						metrics: { 'latam-partner': 'er_reach', 'us-brand': 'er_impressions' },
						verdicts: { 'latam-partner': 'win', 'us-brand': 'miss' }
					}
				]
			},
			{
				market: 'BR',
				definitions: ['latam-partner', 'us-brand'],
				verdicts: { 'latam-partner': 'win', 'us-brand': 'not_met' },
				overall: true,
				kpis: []
			}
		]);
	});

	it('keeps markets in input order', () => {
		const reversed = [...crossRead].reverse();
		expect(findDivergences(reversed, familyOf).map((d) => d.market)).toEqual(['BR', 'MX']);
	});

	it('compares verdict levels: on track differs from met, win does not', () => {
		const scores = [
			result('a', 'CO', 'on_track', [kpi('ctr', 'win')]),
			result('b', 'CO', 'met', [kpi('ctr', 'met')])
		];
		expect(findDivergences(scores, familyOf)).toEqual([
			{
				market: 'CO',
				definitions: ['a', 'b'],
				verdicts: { a: 'on_track', b: 'met' },
				overall: true,
				kpis: []
			}
		]);
	});

	it('does not count no data as a disagreement', () => {
		const scores = [
			result('a', 'AR', 'no_data', [kpi('er_views', 'no_data')]),
			result('b', 'AR', 'win', [kpi('er_reach', 'miss')])
		];
		expect(findDivergences(scores, familyOf)).toEqual([]);
	});

	it('lists KPI divergences by family, one per pair of KPIs', () => {
		const scores = [
			result('b', 'MX', 'met', [
				kpi('views', 'met'),
				kpi('er_impressions', 'not_met'),
				kpi('cpa', 'met')
			]),
			result('a', 'MX', 'met', [
				kpi('views', 'miss'),
				kpi('er_reach', 'win'),
				kpi('er_views', 'win')
			]),
			result('c', 'MX', 'met', [kpi('cpa', 'miss')])
		];
		const [mexico] = findDivergences(scores, familyOf);
		if (!mexico) throw new Error('expected a divergence in MX');
		expect(mexico.overall).toBe(false);
		expect(mexico.definitions).toEqual(['a', 'b', 'c']);
		expect(mexico.kpis.map((k) => [k.family, k.metrics])).toEqual([
			['cpa', { b: 'cpa', c: 'cpa' }],
			['engagement_rate', { a: 'er_reach', b: 'er_impressions' }],
			['engagement_rate', { a: 'er_views', b: 'er_impressions' }],
			['views', { a: 'views', b: 'views' }]
		]);
	});

	it('finds nothing for a market scored under one definition', () => {
		expect(findDivergences([result('a', 'US', 'miss', [kpi('ctr', 'miss')])], familyOf)).toEqual(
			[]
		);
	});

	it('refuses a market scored twice under the same definition', () => {
		const twice = [result('a', 'US', 'miss', []), result('a', 'US', 'win', [])];
		expect(() => findDivergences(twice, familyOf)).toThrow('market US is scored twice under a');
	});
});
