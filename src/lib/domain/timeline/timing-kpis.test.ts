import { describe, expect, it } from 'vitest';
import { checkDefinition, unknownMetric } from '../definition-checks';
import type { DefinitionContent } from '../definitions';
import { BUILT_IN_METRIC_SOURCES } from '../metrics/catalog';
import { TIMING_METRICS, isTimingMetric, timingMetric } from './timing-metrics';

const campaign = { markets: ['US', 'BR'], metrics: BUILT_IN_METRIC_SOURCES };

function definitionWith(metric: string, unit: 'ratio' | 'percent' | 'count'): DefinitionContent {
	return {
		id: 'latam',
		team: 'LATAM partner team',
		markets: ['BR'],
		rationale: '',
		cap: 1.5,
		kpis: [{ metric, comparator: '<=', target: 48, unit, weight: 1 }]
	};
}

describe('timing metrics as KPIs', () => {
	it('lets a definition require a median approval under 48 hours', () => {
		expect(checkDefinition(definitionWith('approval_hours_median', 'ratio'), campaign)).toEqual([]);
	});

	it("holds a timing KPI to the metric's unit", () => {
		expect(checkDefinition(definitionWith('approval_hours_median', 'count'), campaign)).toEqual([
			{
				path: 'kpis.0.unit',
				problem: {
					code: 'problem_kpi_unit',
					params: { metric: 'approval_hours_median', unit: 'ratio' }
				}
			}
		]);
	});

	it('suggests the closest timing metric for a misspelt id', () => {
		expect(unknownMetric('approval_hours_medain', BUILT_IN_METRIC_SOURCES)).toEqual({
			code: 'problem_metric_unknown_close',
			params: { name: 'approval_hours_medain', close: 'approval_hours_median' }
		});
		expect(unknownMetric('revision_rounds', BUILT_IN_METRIC_SOURCES)).toBeNull();
	});

	it('names every timing metric once, none shadowing a fact metric, with its direction', () => {
		const ids = TIMING_METRICS.map((m) => m.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.filter((id) => BUILT_IN_METRIC_SOURCES.has(id))).toEqual([]);
		expect(timingMetric('first_time_approval_share')?.direction).toBe('higher');
		expect(timingMetric('content_late_share')?.unit).toBe('percent');
		expect(isTimingMetric('ctr')).toBe(false);
	});
});
