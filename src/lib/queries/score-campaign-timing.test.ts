import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '$lib/engine/engine';
import { createNodeEngine } from '$lib/engine/node-engine';
import { scoringBaseSql } from '$lib/sql/scoring-base-sql';
import { scoreCampaign, type ScoredDefinition, type ScoringRequest } from './score-campaign';
import { kpiOf, resultOf } from './score-lookup';

/** Two days of one post per market: US CTR 300 / 20,000 = 1.5%, BR CTR 200 / 20,000 = 1%. */
const FACTS_SQL = `CREATE TABLE timing_facts (
	grain VARCHAR, date DATE, market VARCHAR, platform VARCHAR, creator_id VARCHAR,
	content_id VARCHAR, variant VARCHAR, currency VARCHAR,
	impressions DOUBLE, views DOUBLE, likes DOUBLE, comments DOUBLE, shares DOUBLE, saves DOUBLE,
	clicks DOUBLE, conversions DOUBLE, spend DOUBLE, revenue DOUBLE, reach DOUBLE, followers DOUBLE
);
INSERT INTO timing_facts VALUES
	('day', '2026-11-09', 'US', 'tiktok', 'us-a', 'us-a-p1', 'A', 'USD',
		10000, 8000, 100, 10, 5, 5, 150, 5, 50, 100, 9000, 20000),
	('day', '2026-11-10', 'US', 'tiktok', 'us-a', 'us-a-p1', 'A', 'USD',
		10000, 8000, 100, 10, 5, 5, 150, 5, 50, 100, 12000, 20000),
	('day', '2026-11-09', 'BR', 'tiktok', 'br-a', 'br-a-p1', 'A', 'USD',
		10000, 8000, 100, 10, 5, 5, 100, 5, 50, 100, 9000, 20000),
	('day', '2026-11-10', 'BR', 'tiktok', 'br-a', 'br-a-p1', 'A', 'USD',
		10000, 8000, 100, 10, 5, 5, 100, 5, 50, 100, 12000, 20000)`;

/**
 * A market must keep CTR at 1% and approve content within 48 hours at the median. With a
 * median of 40 h the US attains 48 / 40 = 1.2; Brazil's 64 h attains 48 / 64 = 0.75.
 */
const definition: ScoredDefinition = {
	id: 'fast-approvals',
	version: 1,
	signedOff: true,
	team: 'Brand team',
	markets: ['US', 'BR'],
	rationale: '',
	cap: 1.5,
	kpis: [
		{ metric: 'ctr', comparator: '>=', target: 0.01, unit: 'percent', weight: 1 },
		{ metric: 'approval_hours_median', comparator: '<=', target: 48, unit: 'ratio', weight: 1 }
	]
};

const request: ScoringRequest = {
	definitions: [definition],
	markets: ['US', 'BR'],
	range: { from: '2026-11-09', to: '2026-11-10' },
	campaign: { start: '2026-11-09', end: '2026-11-10' },
	reportingCurrency: 'USD'
};

let engine: Engine;

beforeAll(async () => {
	engine = await createNodeEngine();
	await engine.exec(FACTS_SQL);
	await engine.exec(scoringBaseSql('timing_facts', null, 'timing_base'));
});

afterAll(async () => {
	await engine.close();
});

describe('scoring a timing KPI', () => {
	it('takes the actual from the timing measures and the others from the facts', async () => {
		const { results } = await scoreCampaign(
			engine,
			{ base: 'timing_base', fx: null },
			{
				...request,
				actualsByMarket: {
					US: { approval_hours_median: 40 },
					BR: { approval_hours_median: 64 }
				}
			}
		);
		const us = kpiOf(results, 'fast-approvals', 'US', 'approval_hours_median');
		expect(us.actual).toBe(40);
		expect(us.attainment).toBeCloseTo(1.2, 12);
		const br = kpiOf(results, 'fast-approvals', 'BR', 'approval_hours_median');
		expect(br.attainment).toBeCloseTo(0.75, 12);
		expect(kpiOf(results, 'fast-approvals', 'BR', 'ctr').actual).toBeCloseTo(0.01, 12);
		// Brazil: CTR attains 1, approvals 0.75, equally weighted.
		expect(resultOf(results, 'fast-approvals', 'BR').score).toBeCloseTo(0.875, 12);
		expect(resultOf(results, 'fast-approvals', 'US').score).toBeCloseTo((1.5 + 1.2) / 2, 12);
	});

	it('leaves a timing KPI without an actual, and out of the score, when none is given', async () => {
		const { results } = await scoreCampaign(engine, { base: 'timing_base', fx: null }, request);
		const br = resultOf(results, 'fast-approvals', 'BR');
		expect(kpiOf(results, 'fast-approvals', 'BR', 'approval_hours_median').actual).toBeNull();
		expect(br.missing).toEqual(['approval_hours_median']);
		expect(br.score).toBeCloseTo(1, 12);
	});
});
