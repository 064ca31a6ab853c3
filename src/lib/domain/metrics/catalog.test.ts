import { describe, expect, it } from 'vitest';
import { BUILT_IN_METRICS, BUILT_IN_METRIC_SOURCES, FACT_COLUMNS, usesMoney } from './catalog';
import { checkFormula } from './check';
import { parseFormula } from './parser';

const MONEY_METRICS = ['cpm', 'cpc', 'cpe', 'cpa', 'roas', 'spend', 'revenue'];

describe('BUILT_IN_METRICS', () => {
	it('holds the catalog of the design, each id once', () => {
		expect(BUILT_IN_METRICS.map((m) => m.id).sort()).toEqual(
			[
				'engagements',
				'er_impressions',
				'er_views',
				'er_reach',
				'er_followers',
				'ctr',
				'cpm',
				'cpc',
				'cpe',
				'cpa',
				'cvr',
				'view_rate',
				'roas',
				'spend',
				'revenue',
				'impressions',
				'views',
				'clicks',
				'conversions',
				'reach'
			].sort()
		);
		expect(BUILT_IN_METRIC_SOURCES.size).toBe(BUILT_IN_METRICS.length);
	});

	it.each(BUILT_IN_METRICS.map((m) => [m.id, m] as const))(
		'%s parses and passes the checks',
		(id, metric) => {
			const parsed = parseFormula(metric.formula);
			expect(parsed.ok).toBe(true);
			if (!parsed.ok) return;
			const context = { columns: FACT_COLUMNS, metrics: BUILT_IN_METRIC_SOURCES, self: id };
			expect(checkFormula(parsed.ast, context)).toEqual([]);
			expect(metric.label).not.toBe('');
			expect(metric.description).not.toBe('');
		}
	);

	it('puts the engagement-rate variants in one family, each labelled by its denominator', () => {
		const rates = BUILT_IN_METRICS.filter((m) => m.family === 'engagement_rate');
		expect(rates.map((m) => [m.id, m.label, m.unit])).toEqual([
			['er_impressions', 'Engagement rate by impressions', 'percent'],
			['er_views', 'Engagement rate by views', 'percent'],
			['er_reach', 'Engagement rate by reach', 'percent'],
			['er_followers', 'Engagement rate by followers', 'percent']
		]);
		for (const metric of BUILT_IN_METRICS)
			if (!metric.id.startsWith('er_')) expect(metric.family).toBe(metric.id);
	});

	it('counts reach and followers once per content item', () => {
		const formula = (id: string) => BUILT_IN_METRIC_SOURCES.get(id)!.formula;
		expect(formula('er_reach')).toBe('engagements / sum(max(reach) by content_id)');
		expect(formula('er_followers')).toBe('engagements / sum(max(followers) by content_id)');
		expect(formula('reach')).toBe('sum(max(reach) by content_id)');
		expect(formula('cpm')).toBe('sum(spend) / sum(impressions) * 1000');
	});

	it('says lower is better for costs only', () => {
		const lower = BUILT_IN_METRICS.filter((m) => m.direction === 'lower').map((m) => m.id);
		expect(lower.sort()).toEqual(['cpa', 'cpc', 'cpe', 'cpm', 'spend']);
	});
});

describe('usesMoney', () => {
	it.each(BUILT_IN_METRICS.map((m) => [m.id, MONEY_METRICS.includes(m.id)] as const))(
		'%s → %s',
		(id, expected) => {
			const parsed = parseFormula(id);
			if (!parsed.ok) throw new Error(id);
			expect(usesMoney(parsed.ast)).toBe(expected);
		}
	);

	it('matches the currency unit: every currency metric is in money', () => {
		for (const metric of BUILT_IN_METRICS)
			if (metric.unit === 'currency') expect(MONEY_METRICS).toContain(metric.id);
	});

	it('looks inside aggregates and references of other metrics', () => {
		const ast = (text: string) => {
			const parsed = parseFormula(text);
			if (!parsed.ok) throw new Error(text);
			return parsed.ast;
		};
		expect(usesMoney(ast('sum(likes) / sum(revenue - 1)'))).toBe(true);
		expect(usesMoney(ast('count() * 2'))).toBe(false);
		const metrics = new Map([['margin', { formula: 'sum(revenue) - sum(spend)' }]]);
		expect(usesMoney(ast('margin / count()'), metrics)).toBe(true);
		expect(usesMoney(ast('margin / count()'), new Map())).toBe(false);
	});
});
