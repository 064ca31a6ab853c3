import { describe, expect, it } from 'vitest';
import type { Pacing } from '../live/pacing';
import type { DefinitionScore, KpiScore } from '../scoring/score-definition';
import type { ExplainedSpike } from '../spikes/spike-explanations';
import { todayItems, type ScoreChange } from './today-items';

const AS_OF = '2026-11-22';
const latam = { id: 'latam', team: 'LATAM partner team', version: 1 };

function spike(date: string, market: string, metric: string, explainedBy: string[] = []) {
	return { date, market, metric, explained: explainedBy.length > 0, explainedBy } as ExplainedSpike;
}

function kpi(metric: string, attainment: number | null): KpiScore {
	return {
		metric,
		comparator: '>=',
		actual: attainment === null ? null : attainment * 0.05,
		target: 0.05,
		targetRule: '',
		unit: 'percent',
		attainment,
		verdict: attainment === null ? 'no_data' : attainment >= 1 ? 'met' : 'not_met',
		weight: 1
	} as KpiScore;
}

function score(
	market: string,
	verdict: DefinitionScore['verdict'],
	kpis: KpiScore[]
): DefinitionScore {
	return { definition: 'latam', version: 1, market, score: null, verdict, kpis, missing: [] };
}

function pacing(projected: number, budget: number | null): Pacing {
	return {
		spent: { local: 100, reporting: 20 },
		budget: budget === null ? null : { local: budget, reporting: budget / 5 },
		projected: { local: projected, reporting: projected / 5 },
		dailyPace: { local: 10, reporting: 2 },
		paceDays: 7,
		daysLeft: 8
	};
}

const scoreChanges: ScoreChange[] = [
	{
		definition: latam,
		market: 'BR',
		yesterday: score('BR', 'not_met', [kpi('er_reach', 0.98), kpi('cpm', 1.2)]),
		today: score('BR', 'met', [kpi('er_reach', 1.01), kpi('cpm', 1.2)])
	},
	{
		definition: latam,
		market: 'MX',
		yesterday: score('MX', 'met', [kpi('er_reach', 1.1), kpi('cpm', 1.3)]),
		today: score('MX', 'met', [kpi('er_reach', 1.05), kpi('cpm', 1.25)])
	}
];

const input = {
	asOf: AS_OF,
	spikes: [
		spike(AS_OF, 'CO', 'views'),
		spike(AS_OF, 'AR', 'spend', ['n-1']),
		spike('2026-11-20', 'MX', 'views')
	],
	scoreChanges,
	pacing: [
		{ market: 'US', pacing: pacing(1300, 1000) },
		{ market: 'MX', pacing: pacing(1050, 1000) },
		{ market: 'CO', pacing: pacing(500, null) }
	],
	pacingTolerance: 0.1,
	annotations: [
		{
			id: 'pacing-note',
			hidden: false,
			scope: { markets: ['US'], metrics: [], platforms: [], variants: [] },
			time: { from: '2026-11-20', to: AS_OF }
		},
		{
			id: 'hidden-note',
			hidden: true,
			scope: { markets: ['BR'], metrics: [], platforms: [], variants: [] },
			time: { at: AS_OF }
		}
	]
} as Parameters<typeof todayItems>[0];

describe('todayItems', () => {
	const items = todayItems(input);
	const byKey = new Map(items.map((item) => [item.key, item]));

	it("lists the as-of day's spikes only, with whether they are explained", () => {
		expect(byKey.get('spike:CO:views')?.coveredBy).toEqual([]);
		expect(byKey.get('spike:AR:spend')?.coveredBy).toEqual(['n-1']);
		expect(items.some((item) => item.kind === 'spike' && item.market === 'MX')).toBe(false);
	});

	it('lists a verdict that flipped and the KPI that crossed its target, not steady ones', () => {
		expect(byKey.get('flip:latam:BR')).toMatchObject({
			kind: 'verdict_flip',
			before: 'not_met',
			after: 'met',
			metrics: ['er_reach', 'cpm']
		});
		expect(byKey.get('target:latam:BR:er_reach')).toMatchObject({
			kind: 'target_crossed',
			direction: 'met'
		});
		expect(byKey.has('target:latam:BR:cpm')).toBe(false);
		expect(byKey.has('flip:latam:MX')).toBe(false);
	});

	it('lists markets whose projection strays beyond the tolerance, and none without a budget', () => {
		expect(byKey.get('pacing:US')).toMatchObject({ kind: 'pacing_off', ratio: 1.3 });
		expect(byKey.has('pacing:MX')).toBe(false);
		expect(byKey.has('pacing:CO')).toBe(false);
	});

	it('counts an item covered by a visible annotation over its day, market and metric', () => {
		expect(byKey.get('pacing:US')?.coveredBy).toEqual(['pacing-note']);
		// A hidden annotation explains nothing.
		expect(byKey.get('flip:latam:BR')?.coveredBy).toEqual([]);
	});
});
