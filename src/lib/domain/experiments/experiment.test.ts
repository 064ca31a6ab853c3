import { describe, expect, it } from 'vitest';
import { BUILT_IN_METRIC_SOURCES } from '../metrics/catalog';
import {
	experimentContentSchema,
	experimentIdFor,
	metricIdOfTest,
	sameExperimentName
} from './experiment';

const TEST = {
	name: 'Creative B vs A',
	variants: ['A', 'B'],
	markets: ['US', 'AR'],
	metric: { numerator: 'clicks', denominator: 'impressions' },
	start: '2026-09-28',
	end: '2026-11-22',
	mde: 0.05
};

describe('a stored split test', () => {
	it('plans an equal split and no hypothesis unless they are given', () => {
		expect(experimentContentSchema.parse(TEST)).toMatchObject({ split: [50, 50], hypothesis: '' });
	});

	it.each([
		['two equal variants', { variants: ['A', 'A'] }, 'problem_experiment_variants_same'],
		[
			'a metric over itself',
			{ metric: { numerator: 'clicks', denominator: 'clicks' } },
			'problem_experiment_metric_same'
		],
		[
			'money in the metric',
			{ metric: { numerator: 'revenue', denominator: 'clicks' } },
			'problem_experiment_measure'
		],
		['a market twice', { markets: ['US', 'US'] }, 'problem_experiment_markets_repeated'],
		['no market', { markets: [] }, 'problem_experiment_markets_missing'],
		['dates backwards', { end: '2026-09-01' }, 'problem_experiment_ends_before_start'],
		['three variants', { variants: ['A', 'B', 'C'] }, undefined]
	])('refuses %s', (_, change, code) => {
		const parsed = experimentContentSchema.safeParse({ ...TEST, ...change });
		expect(parsed.success).toBe(false);
		if (code) expect(parsed.error!.issues.map((i) => i.message)).toContain(code);
	});
});

describe('a test’s id', () => {
	it('is its name as a slug, numbered when taken', () => {
		expect(experimentIdFor('Creative B vs A', new Set())).toBe('creative-b-vs-a');
		expect(experimentIdFor('Criativo B — São Paulo!', new Set())).toBe('criativo-b-sao-paulo');
		expect(experimentIdFor('Creative B vs A', new Set(['creative-b-vs-a']))).toBe(
			'creative-b-vs-a-2'
		);
		expect(experimentIdFor('¿?', new Set())).toBe('test');
	});

	it('reads names alike whatever their case and spacing', () => {
		expect(sameExperimentName(' creative  B vs a', 'Creative B vs A')).toBe(true);
		expect(sameExperimentName('Creative B vs A', 'Creative C vs A')).toBe(false);
	});
});

describe('the metric a test measures', () => {
	it('is the catalog’s metric written as the same ratio of sums', () => {
		expect(
			metricIdOfTest({ numerator: 'clicks', denominator: 'impressions' }, BUILT_IN_METRIC_SOURCES)
		).toBe('ctr');
		expect(
			metricIdOfTest({ numerator: 'conversions', denominator: 'clicks' }, BUILT_IN_METRIC_SOURCES)
		).toBe('cvr');
		expect(
			metricIdOfTest({ numerator: 'likes', denominator: 'views' }, BUILT_IN_METRIC_SOURCES)
		).toBeNull();
	});
});
