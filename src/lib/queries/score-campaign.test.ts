import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '$lib/engine/engine';
import { createNodeEngine } from '$lib/engine/node-engine';
import { scoringBaseSql } from '$lib/sql/scoring-base-sql';
import { scoreCampaign, type ScoredDefinition, type ScoringRequest } from './score-campaign';
import { kpiOf, resultOf } from './score-lookup';

/**
 * Eight rows in two markets. US in USD, BR in BRL, on 2024-05-01 and 05-02, plus a week row
 * and a day outside the range scored (05-01..05-03), which must both stay out.
 *
 * In the range, per market (engagements = likes + comments + shares + saves):
 *   US: impressions 40,000, views 26,000, engagements 300 + 400 + 600 = 1,300, clicks 800,
 *       conversions 25, spend 120 (05-01) + 280 (05-02) = 400 USD,
 *       reach per post: us-a-p1 max(8,000, 12,000) = 12,000, us-b-p1 14,000 → 26,000.
 *   BR: impressions 60,000, views 40,000, engagements 800 + 900 + 700 = 2,400, clicks 720,
 *       conversions 30, spend 500 BRL (05-01) + 400 + 200 BRL (05-02),
 *       reach per post: br-a-p1 max(16,000, 28,000) = 28,000, br-b-p1 12,000 → 40,000.
 */
const FIXTURE_FACTS_SQL = `CREATE TABLE fixture_facts (
	grain VARCHAR, date DATE, market VARCHAR, platform VARCHAR, creator_id VARCHAR,
	content_id VARCHAR, variant VARCHAR, currency VARCHAR,
	impressions DOUBLE, views DOUBLE, likes DOUBLE, comments DOUBLE, shares DOUBLE, saves DOUBLE,
	clicks DOUBLE, conversions DOUBLE, spend DOUBLE, revenue DOUBLE, reach DOUBLE, followers DOUBLE
);
INSERT INTO fixture_facts VALUES
	('day', '2024-05-01', 'US', 'instagram', 'us-a', 'us-a-p1', 'A', 'USD',
		10000, 6000, 250, 20, 10, 20, 200, 8, 120, 300, 8000, 40000),
	('day', '2024-05-02', 'US', 'instagram', 'us-a', 'us-a-p1', 'A', 'USD',
		14000, 8000, 330, 30, 20, 20, 280, 10, 180, 420, 12000, 40000),
	('day', '2024-05-02', 'US', 'tiktok', 'us-b', 'us-b-p1', 'B', 'USD',
		16000, 12000, 500, 50, 30, 20, 320, 7, 100, 200, 14000, 60000),
	('week', '2024-05-01', 'US', 'instagram', 'us-a', 'us-a-p1', 'A', 'USD',
		1000000, 900000, 5000, 0, 0, 0, 100, 100, 5000, 0, 500000, 40000),
	('day', '2024-05-04', 'US', 'tiktok', 'us-b', 'us-b-p1', 'B', 'USD',
		50000, 40000, 2000, 100, 100, 100, 100, 1, 1000, 50, 30000, 60000),
	('day', '2024-05-01', 'BR', 'tiktok', 'br-a', 'br-a-p1', 'A', 'BRL',
		20000, 15000, 600, 80, 80, 40, 240, 10, 500, 2000, 16000, 30000),
	('day', '2024-05-02', 'BR', 'tiktok', 'br-a', 'br-a-p1', 'A', 'BRL',
		24000, 16000, 700, 90, 70, 40, 288, 12, 400, 1800, 28000, 30000),
	('day', '2024-05-02', 'BR', 'instagram', 'br-b', 'br-b-p1', 'B', 'BRL',
		16000, 9000, 560, 60, 40, 40, 192, 8, 200, 1200, 12000, 20000)`;

/** USD per unit of each currency: the Brazilian real goes from 0.20 to 0.25 between the two days. */
const FIXTURE_FX_SQL = `CREATE TABLE fixture_fx (date DATE, currency VARCHAR, rate DOUBLE);
INSERT INTO fixture_fx VALUES
	('2024-05-01', 'USD', 1), ('2024-05-02', 'USD', 1), ('2024-05-04', 'USD', 1),
	('2024-05-01', 'BRL', 0.2), ('2024-05-02', 'BRL', 0.25)`;

/**
 * The brand team's definition for the US: a rate far above target (CTR), a cost (CPA in USD),
 * a campaign count target (views), a money ceiling in BRL (spend) and an engagement rate by
 * impressions. The overall bands ask more than the KPIs' to win.
 */
const brand: ScoredDefinition = {
	id: 'brand',
	version: 3,
	signedOff: true,
	team: 'Brand team',
	markets: ['US'],
	rationale: '',
	cap: 1.5,
	bands: { win: 1.1, onTrack: 0.9 },
	kpis: [
		{
			metric: 'ctr',
			comparator: '>=',
			target: 0.01,
			unit: 'percent',
			weight: 1,
			bands: { win: 1, onTrack: 0.9 }
		},
		{
			metric: 'cpa',
			comparator: '<=',
			target: 20,
			unit: 'currency',
			currency: 'USD',
			weight: 2,
			bands: { win: 1, onTrack: 0.85 }
		},
		{ metric: 'views', comparator: '>=', target: 70_000, unit: 'count', weight: 1 },
		{
			metric: 'spend',
			comparator: '<=',
			target: 900,
			unit: 'currency',
			currency: 'BRL',
			weight: 1,
			bands: { win: 1, onTrack: 0.9 }
		},
		{
			metric: 'er_impressions',
			comparator: '>=',
			target: 0.035,
			unit: 'percent',
			weight: 1,
			bands: { win: 1, onTrack: 0.9 }
		}
	]
};

/** The partner team's definition for BR: engagement by reach, the same CPA bar, view rate. */
const partner: ScoredDefinition = {
	id: 'partner',
	version: 1,
	signedOff: false,
	team: 'Partner team',
	markets: ['BR'],
	rationale: '',
	cap: 1.5,
	bands: { win: 1, onTrack: 0.9 },
	kpis: [
		{
			metric: 'er_reach',
			comparator: '>=',
			target: 0.035,
			unit: 'percent',
			weight: 2,
			bands: { win: 1, onTrack: 0.9 }
		},
		{
			metric: 'cpa',
			comparator: '<=',
			target: 20,
			unit: 'currency',
			currency: 'USD',
			weight: 1,
			bands: { win: 1, onTrack: 0.85 }
		},
		{
			metric: 'view_rate',
			comparator: '>=',
			target: 0.7,
			unit: 'percent',
			weight: 1,
			bands: { win: 1, onTrack: 0.9 }
		}
	]
};

/** Three of the campaign's seven days; MX is asked for but has no rows. */
const fixtureRequest: ScoringRequest = {
	definitions: [brand, partner],
	markets: ['US', 'BR', 'MX'],
	range: { from: '2024-05-01', to: '2024-05-03' },
	campaign: { start: '2024-05-01', end: '2024-05-07' },
	reportingCurrency: 'USD'
};

let engine: Engine;

beforeAll(async () => {
	engine = await createNodeEngine();
	await engine.exec(FIXTURE_FACTS_SQL);
	await engine.exec(FIXTURE_FX_SQL);
	await engine.exec(scoringBaseSql('fixture_facts', 'fixture_fx', 'fixture_base'));
});

afterAll(async () => {
	await engine.close();
});

describe('scoreCampaign on a fixture scored by hand', () => {
	const score = () =>
		scoreCampaign(engine, { base: 'fixture_base', fx: 'fixture_fx' }, fixtureRequest);

	it('scores every market under every definition, own only for the definition’s markets', async () => {
		const { results } = await score();
		expect(results.map((r) => [r.definition, r.version, r.market, r.own, r.signedOff])).toEqual([
			['brand', 3, 'US', true, true],
			['brand', 3, 'BR', false, true],
			['brand', 3, 'MX', false, true],
			['partner', 1, 'US', false, false],
			['partner', 1, 'BR', true, false],
			['partner', 1, 'MX', false, false]
		]);
	});

	it('leaves rows of grain week out of the roll-up', async () => {
		// 8 rows, one of them a week: 7 daily rows, none sharing all six dimensions.
		const [counted] = await engine.query('SELECT count(*)::INTEGER AS n FROM fixture_base');
		expect(counted!.n).toBe(7);
		// With the week row US views would be 26,000 + 900,000.
		expect(kpiOf((await score()).results, 'brand', 'US', 'views').actual).toBe(26_000);
	});

	it('scores the US under the brand definition', async () => {
		const { results } = await score();

		// CTR = 800 / 40,000 = 0.02; 0.02 / 0.01 = 2, capped at 1.5.
		const ctr = kpiOf(results, 'brand', 'US', 'ctr');
		expect(ctr.actual).toBe(0.02);
		expect(ctr.target).toBe(0.01);
		expect(ctr.attainment).toBe(1.5);
		expect(ctr.verdict).toBe('win');

		// CPA = 400 USD / 25 = 16 USD; lower is better: 20 / 16 = 1.25.
		const cpa = kpiOf(results, 'brand', 'US', 'cpa');
		expect(cpa.actual).toBe(16);
		expect(cpa.target).toBe(20);
		expect(cpa.attainment).toBe(1.25);
		expect(cpa.verdict).toBe('win');
		expect(cpa.currency).toBe('USD');

		// Views: 70,000 for 7 days, 3 of them scored: 70,000 × 3 / 7 = 30,000.
		// 26,000 / 30,000 = 13/15 = 0.8667; no bands, so not met.
		const views = kpiOf(results, 'brand', 'US', 'views');
		expect(views.actual).toBe(26_000);
		expect(views.target).toBe(30_000);
		expect(views.targetRule).toBe("70,000 for the campaign's 7 days, pro-rated to 3 days");
		expect(views.attainment).toBeCloseTo(13 / 15, 12);
		expect(views.verdict).toBe('not_met');

		// Spend in BRL, day by day: 05-01 120 USD / 0.20 = 600 BRL, 05-02 (180 + 100) USD / 0.25
		// = 1,120 BRL; 1,720 BRL. Lower is better: 900 / 1,720 = 45/86 = 0.5233, a miss.
		const spend = kpiOf(results, 'brand', 'US', 'spend');
		expect(spend.actual).toBeCloseTo(1720, 12);
		expect(spend.target).toBe(900);
		expect(spend.currency).toBe('BRL');
		expect(spend.attainment).toBeCloseTo(45 / 86, 12);
		expect(spend.verdict).toBe('miss');

		// Engagement per impression = 1,300 / 40,000 = 0.0325; 0.0325 / 0.035 = 13/14 = 0.9286.
		const er = kpiOf(results, 'brand', 'US', 'er_impressions');
		expect(er.actual).toBe(0.0325);
		expect(er.attainment).toBeCloseTo(13 / 14, 12);
		expect(er.verdict).toBe('on_track');

		// Weights 1, 2, 1, 1, 1: (1.5 + 2 × 1.25 + 13/15 + 45/86 + 13/14) / 6
		// = (1.5 + 2.5 + 0.866667 + 0.523256 + 0.928571) / 6 = 6.318494 / 6 = 1.053082,
		// under the 1.1 it takes to win.
		const us = resultOf(results, 'brand', 'US');
		expect(us.score).toBeCloseTo((1.5 + 2 * 1.25 + 13 / 15 + 45 / 86 + 13 / 14) / 6, 12);
		expect(us.score).toBeCloseTo(1.053082, 6);
		expect(us.verdict).toBe('on_track');
		expect(us.missing).toEqual([]);
	});

	it('scores BR under the brand definition, converting its BRL at each day’s rate', async () => {
		const { results } = await score();

		// CTR = 720 / 60,000 = 0.012; 0.012 / 0.01 = 1.2.
		const ctr = kpiOf(results, 'brand', 'BR', 'ctr');
		expect(ctr.actual).toBe(0.012);
		expect(ctr.attainment).toBeCloseTo(1.2, 12);
		expect(ctr.verdict).toBe('win');

		// Spend in USD: 500 BRL × 0.20 = 100 (05-01), (400 + 200) BRL × 0.25 = 150 (05-02); 250.
		// CPA = 250 / 30 = 8.3333 USD; 20 / 8.3333 = 2.4, capped at 1.5.
		const cpa = kpiOf(results, 'brand', 'BR', 'cpa');
		expect(cpa.actual).toBeCloseTo(25 / 3, 12);
		expect(cpa.attainment).toBe(1.5);
		expect(cpa.verdict).toBe('win');

		// 40,000 / 30,000 = 4/3, under the cap; met.
		const views = kpiOf(results, 'brand', 'BR', 'views');
		expect(views.actual).toBe(40_000);
		expect(views.attainment).toBeCloseTo(4 / 3, 12);
		expect(views.verdict).toBe('met');

		// Back to BRL at the same rates: 100 / 0.20 = 500 and 150 / 0.25 = 600; 1,100 BRL, the
		// amount stored. 900 / 1,100 = 9/11 = 0.8182, a miss.
		const spend = kpiOf(results, 'brand', 'BR', 'spend');
		expect(spend.actual).toBeCloseTo(1100, 12);
		expect(spend.attainment).toBeCloseTo(9 / 11, 12);
		expect(spend.verdict).toBe('miss');

		// 2,400 / 60,000 = 0.04; 0.04 / 0.035 = 8/7 = 1.1429.
		const er = kpiOf(results, 'brand', 'BR', 'er_impressions');
		expect(er.actual).toBe(0.04);
		expect(er.attainment).toBeCloseTo(8 / 7, 12);
		expect(er.verdict).toBe('win');

		// (1.2 + 2 × 1.5 + 4/3 + 9/11 + 8/7) / 6 = (1.2 + 3 + 1.333333 + 0.818182 + 1.142857) / 6
		// = 7.494372 / 6 = 1.249062.
		const br = resultOf(results, 'brand', 'BR');
		expect(br.score).toBeCloseTo((1.2 + 2 * 1.5 + 4 / 3 + 9 / 11 + 8 / 7) / 6, 12);
		expect(br.score).toBeCloseTo(1.249062, 6);
		expect(br.verdict).toBe('win');
	});

	it('scores both markets under the partner definition', async () => {
		const { results } = await score();

		// US: reach 26,000; 1,300 / 26,000 = 0.05; 0.05 / 0.035 = 10/7 = 1.4286.
		const usEr = kpiOf(results, 'partner', 'US', 'er_reach');
		expect(usEr.actual).toBe(0.05);
		expect(usEr.attainment).toBeCloseTo(10 / 7, 12);
		expect(usEr.verdict).toBe('win');
		// View rate 26,000 / 40,000 = 0.65; 0.65 / 0.7 = 13/14 = 0.9286.
		const usViewRate = kpiOf(results, 'partner', 'US', 'view_rate');
		expect(usViewRate.actual).toBe(0.65);
		expect(usViewRate.attainment).toBeCloseTo(13 / 14, 12);
		expect(usViewRate.verdict).toBe('on_track');
		expect(kpiOf(results, 'partner', 'US', 'cpa').attainment).toBe(1.25);
		// (2 × 10/7 + 1.25 + 13/14) / 4 = (2.857143 + 1.25 + 0.928571) / 4 = 1.258929.
		const us = resultOf(results, 'partner', 'US');
		expect(us.score).toBeCloseTo((2 * (10 / 7) + 1.25 + 13 / 14) / 4, 12);
		expect(us.verdict).toBe('win');

		// BR: reach 40,000; 2,400 / 40,000 = 0.06; 0.06 / 0.035 = 1.714, capped at 1.5.
		const brEr = kpiOf(results, 'partner', 'BR', 'er_reach');
		expect(brEr.actual).toBe(0.06);
		expect(brEr.attainment).toBe(1.5);
		// View rate 40,000 / 60,000 = 2/3; (2/3) / 0.7 = 20/21 = 0.9524.
		const brViewRate = kpiOf(results, 'partner', 'BR', 'view_rate');
		expect(brViewRate.actual).toBeCloseTo(2 / 3, 12);
		expect(brViewRate.attainment).toBeCloseTo(20 / 21, 12);
		expect(brViewRate.verdict).toBe('on_track');
		// (2 × 1.5 + 1.5 + 20/21) / 4 = 5.452381 / 4 = 1.363095.
		const br = resultOf(results, 'partner', 'BR');
		expect(br.score).toBeCloseTo((2 * 1.5 + 1.5 + 20 / 21) / 4, 12);
		expect(br.verdict).toBe('win');
	});

	it('gives no data and no score to a market without rows', async () => {
		const { results } = await score();
		for (const definition of [brand, partner]) {
			const mx = resultOf(results, definition.id, 'MX');
			expect(mx.score).toBeNull();
			expect(mx.verdict).toBe('no_data');
			expect(mx.kpis.map((k) => [k.actual, k.attainment, k.verdict])).toEqual(
				definition.kpis.map(() => [null, null, 'no_data'])
			);
			expect(mx.missing).toEqual(definition.kpis.map((k) => k.metric));
		}
	});

	it('finds the US read differently by the two definitions, and no other market', async () => {
		// US: brand on track (1.053 < 1.1), partner win; engagement per impression on track
		// (0.9286), per person reached a win (1.4286). CPA wins under both. BR wins under both,
		// its engagement rates both win. MX has no data, which disagrees with nothing.
		const { divergences } = await score();
		expect(divergences).toEqual([
			{
				market: 'US',
				definitions: ['brand', 'partner'],
				verdicts: { brand: 'on_track', partner: 'win' },
				overall: true,
				kpis: [
					{
						family: 'engagement_rate',
						metrics: { brand: 'er_impressions', partner: 'er_reach' },
						verdicts: { brand: 'on_track', partner: 'win' }
					}
				]
			}
		]);
	});

	it('finds no divergence with a single definition', async () => {
		const { results, divergences } = await scoreCampaign(
			engine,
			{ base: 'fixture_base', fx: 'fixture_fx' },
			{ ...fixtureRequest, definitions: [brand] }
		);
		expect(results).toHaveLength(3);
		expect(divergences).toEqual([]);
	});
});
