import { describe, expect, it } from 'vitest';
import type { DefinitionContent, Kpi } from '../definitions';
import { scoreDefinition } from './score-definition';

// 1 Mar to 25 Apr 2024 is 56 days; the range scored is its first 14.
const campaign = { start: '2024-03-01', end: '2024-04-25' };
const range = { from: '2024-03-01', to: '2024-03-14' };

/**
 * Four KPIs whose weights sum to 5, not 1:
 * - er_impressions ≥ 3.5%, weight 2, bands win 1.2 / on track 1
 * - cpa ≤ 20 USD, weight 1, no bands
 * - views ≥ 56,000 over the campaign, weight 0.5, no bands
 * - ctr ≥ 1%, weight 1.5, no bands
 */
const definition: DefinitionContent & { version: number } = {
	id: 'us-brand',
	version: 3,
	team: 'US brand team',
	markets: ['US'],
	rationale: '',
	cap: 1.5,
	kpis: [
		{
			metric: 'er_impressions',
			comparator: '>=',
			target: 0.035,
			unit: 'percent',
			weight: 2,
			bands: { win: 1.2, onTrack: 1 }
		},
		{ metric: 'cpa', comparator: '<=', target: 20, unit: 'currency', currency: 'USD', weight: 1 },
		{ metric: 'views', comparator: '>=', target: 56_000, unit: 'count', weight: 0.5 },
		{ metric: 'ctr', comparator: '>=', target: 0.01, unit: 'percent', weight: 1.5 }
	]
};

/** Mexico's actuals over the range; ctr has no data. cpa is already in USD. */
const mexico: Record<string, number | null> = {
	er_impressions: 0.09,
	cpa: 25,
	views: 12_600,
	ctr: null
};

function score(bands?: DefinitionContent['bands'], actuals = mexico) {
	return scoreDefinition({
		definition: { ...definition, bands },
		market: 'MX',
		range,
		campaign,
		actual: (kpi: Kpi) => actuals[kpi.metric] ?? null
	});
}

describe('scoreDefinition', () => {
	it('scores each KPI by hand-computed attainment', () => {
		const [er, cpa, views, ctr] = score().kpis;
		if (!cpa || !views || !ctr) throw new Error('expected four KPI scores');
		// 0.09 / 0.035 = 2.571…, capped at 1.5; 1.5 ≥ win band 1.2.
		expect(er).toEqual({
			metric: 'er_impressions',
			comparator: '>=',
			actual: 0.09,
			target: 0.035,
			targetRule: '3.5%, the same for any range',
			unit: 'percent',
			attainment: 1.5,
			verdict: 'win',
			weight: 2
		});
		// Lower is better: 20 / 25 = 0.8 < 1, no bands.
		expect(cpa.attainment).toBe(0.8);
		expect(cpa.verdict).toBe('not_met');
		expect(cpa.currency).toBe('USD');
		// Target 56,000 × 14 / 56 = 14,000; 12,600 / 14,000 = 0.9.
		expect(views.target).toBe(14_000);
		expect(views.targetRule).toBe("56,000 for the campaign's 56 days, pro-rated to 14 days");
		expect(views.attainment).toBe(0.9);
		expect(views.verdict).toBe('not_met');
		// No data.
		expect(ctr.actual).toBeNull();
		expect(ctr.attainment).toBeNull();
		expect(ctr.verdict).toBe('no_data');
	});

	it('gives a currency only to the money KPI', () => {
		const kpis = score().kpis;
		expect(kpis.filter((kpi) => 'currency' in kpi).map((kpi) => kpi.metric)).toEqual(['cpa']);
	});

	it('takes the weighted mean over the KPIs with data and lists the others as missing', () => {
		const result = score();
		// Weights with data: 2 + 1 + 0.5 = 3.5 (ctr's 1.5 left out).
		// Weighted sum: 2 × 1.5 + 1 × 0.8 + 0.5 × 0.9 = 3 + 0.8 + 0.45 = 4.25.
		// Score: 4.25 / 3.5 = 17/14 = 1.2142857…
		expect(result.score).toBeCloseTo(17 / 14, 12);
		expect(result.missing).toEqual(['ctr']);
		expect(result).toMatchObject({ definition: 'us-brand', version: 3, market: 'MX' });
	});

	it('reads the score as met at 1 without bands', () => {
		expect(score().verdict).toBe('met');
		// er 0.0245 / 0.035 = 0.7, so the weighted sum is 2 × 0.7 + 0.8 + 0.45 = 2.65 and the
		// score 2.65 / 3.5 = 0.757… < 1.
		const weaker = score(undefined, { ...mexico, er_impressions: 0.0245 });
		expect(weaker.score).toBeCloseTo(2.65 / 3.5, 12);
		expect(weaker.verdict).toBe('not_met');
	});

	it.each([
		[{ win: 1.2, onTrack: 1 }, 'win'],
		[{ win: 1.25, onTrack: 1.2 }, 'on_track'],
		[{ win: 1.5, onTrack: 1.25 }, 'miss']
	] as const)('reads the score 1.214… against bands %o as %s', (bands, verdict) => {
		expect(score(bands).verdict).toBe(verdict);
	});

	it('has no score and no verdict when no KPI has data', () => {
		const result = score({ win: 1, onTrack: 0.9 }, {});
		expect(result.score).toBeNull();
		expect(result.verdict).toBe('no_data');
		expect(result.missing).toEqual(['er_impressions', 'cpa', 'views', 'ctr']);
	});

	it('leaves out a count KPI whose range falls outside the campaign, since its target is 0', () => {
		const result = scoreDefinition({
			definition,
			market: 'MX',
			range: { from: '2024-05-01', to: '2024-05-14' },
			campaign,
			actual: (kpi) => mexico[kpi.metric] ?? null
		});
		expect(result.kpis[2]?.target).toBe(0);
		expect(result.missing).toEqual(['views', 'ctr']);
		// (2 × 1.5 + 1 × 0.8) / (2 + 1) = 3.8 / 3.
		expect(result.score).toBeCloseTo(3.8 / 3, 12);
	});

	it('asks for each KPI by the KPI itself, so that a caller can use its currency', () => {
		const asked: Kpi[] = [];
		scoreDefinition({
			definition,
			market: 'MX',
			range,
			campaign,
			actual: (kpi) => {
				asked.push(kpi);
				return null;
			}
		});
		expect(asked).toEqual(definition.kpis);
	});
});
