import { describe, expect, it } from 'vitest';
import type { DefinitionScore } from '../scoring/score-definition';
import { liveKpis, type MetricShape } from './live-kpis';

/** A definition scored with one actual per KPI (targets and verdicts as the scorer gave them). */
function scored(actuals: Record<string, number | null>): DefinitionScore {
	return {
		definition: 'latam-partner',
		version: 2,
		market: 'BR',
		score: 1,
		verdict: 'win',
		missing: [],
		kpis: Object.entries(actuals).map(([metric, actual]) => ({
			metric,
			comparator: metric === 'cpm' ? '<=' : '>=',
			actual,
			target: metric === 'impressions' ? 100 : 0.035,
			targetRule: '',
			unit: metric === 'impressions' ? 'count' : 'percent',
			attainment: actual === null ? null : 1,
			verdict: 'win',
			weight: 1 / 3
		}))
	};
}

const SHAPES: Record<string, MetricShape> = {
	ctr: { dayValues: true, grows: false },
	impressions: { dayValues: true, grows: true },
	er_reach: { dayValues: false, grows: false }
};

describe('liveKpis', () => {
	it('reads day metrics on the as-of day and reach metrics to date, each with its week change', () => {
		const kpis = liveKpis({
			scores: {
				day: scored({ ctr: 0.012, impressions: 1500, er_reach: 0.001 }),
				week: scored({ ctr: 0.01, impressions: 7000, er_reach: 0.004 }),
				toDate: scored({ ctr: 0.011, impressions: 20_000, er_reach: 0.05 }),
				toDateWeekAgo: scored({ ctr: 0.011, impressions: 12_000, er_reach: 0.04 })
			},
			asOf: '2026-11-22',
			first: '2026-11-02',
			shape: (metric) => SHAPES[metric]!,
			daysWithData: () => 7
		});
		expect(kpis.map((k) => [k.metric, k.window, k.from, k.value])).toEqual([
			['ctr', 'day', '2026-11-22', 0.012],
			['impressions', 'day', '2026-11-22', 1500],
			['er_reach', 'to_date', '2026-11-02', 0.05]
		]);
		expect(kpis[0]!.change7d).toBeCloseTo(0.2, 12);
		// 7,000 over 7 days is 1,000 a day: 1,500 is +50%.
		expect(kpis[1]!.change7d).toBeCloseTo(0.5, 12);
		// 5% to date against 4% to date a week earlier: +25%.
		expect(kpis[2]!.change7d).toBeCloseTo(0.25, 12);
		expect(kpis[0]).toMatchObject({ definition: 'latam-partner', version: 2, unit: 'percent' });
	});

	it('has no change without the week before', () => {
		const [kpi] = liveKpis({
			scores: { day: scored({ ctr: 0.012 }), week: null, toDate: null, toDateWeekAgo: null },
			asOf: '2026-11-03',
			first: '2026-11-02',
			shape: (metric) => SHAPES[metric]!,
			daysWithData: () => 0
		});
		expect(kpi).toMatchObject({ value: 0.012, change7d: null });
	});
});
