import { describe, expect, it } from 'vitest';
import { placedProblemText } from '$lib/i18n/definition-text';
import { BUILT_IN_METRIC_SOURCES } from './catalog';
import { checkCustomMetrics, withCustomMetrics, type CustomMetric } from './custom-metrics';

const metric = (id: string, formula: string): CustomMetric => ({
	id,
	label: id,
	formula,
	unit: 'percent',
	direction: 'higher',
	description: ''
});

describe('a campaign’s own metrics', () => {
	it('may refer to built-in metrics and to each other', () => {
		const own = [
			metric('saves_rate', 'sum(saves) / sum(impressions)'),
			metric('saves_share', 'saves_rate / er_impressions')
		];
		expect(checkCustomMetrics(BUILT_IN_METRIC_SOURCES, own)).toEqual([]);
		const all = withCustomMetrics(BUILT_IN_METRIC_SOURCES, own);
		expect(all.get('saves_share')).toMatchObject({ family: 'saves_share', unit: 'percent' });
		expect(all.get('er_reach')).toBe(BUILT_IN_METRIC_SOURCES.get('er_reach'));
	});

	it('refuses a cycle, a shadowed built-in, a repeated id and a bad formula, each with where it is', () => {
		const problems = checkCustomMetrics(BUILT_IN_METRIC_SOURCES, [
			metric('a_rate', 'b_rate * 2'),
			metric('b_rate', 'a_rate / 2'),
			metric('ctr', 'sum(clicks) / sum(views)'),
			metric('c_rate', 'sum(likez) / sum(reach)'),
			metric('c_rate', 'sum(likes)')
		]);
		expect(problems).toEqual([
			{
				index: 0,
				field: 'formula',
				problem: { code: 'problem_formula_cycle', params: { cycle: 'a_rate → b_rate → a_rate' } },
				formula: { column: 1 }
			},
			{
				index: 1,
				field: 'formula',
				problem: { code: 'problem_formula_cycle', params: { cycle: 'b_rate → a_rate → b_rate' } },
				formula: { column: 1 }
			},
			{
				index: 2,
				field: 'id',
				problem: { code: 'problem_metric_built_in', params: { id: 'ctr' } }
			},
			{
				index: 3,
				field: 'formula',
				problem: {
					code: 'problem_formula_column_close',
					params: { name: 'likez', close: 'likes' }
				},
				formula: { column: 5, suggestion: 'likes' }
			},
			{
				index: 3,
				field: 'formula',
				problem: {
					code: 'problem_formula_snapshot_summed',
					params: { name: 'reach', fix: 'sum(max(reach) by content_id)' }
				},
				formula: { column: 18, suggestion: 'sum(max(reach) by content_id)' }
			},
			{
				index: 4,
				field: 'id',
				problem: { code: 'problem_id_repeated', params: { id: 'c_rate' } }
			}
		]);
		expect(placedProblemText(problems[3]!, 'en')).toBe(
			'at column 5 of the formula: unknown column `likez` — did you mean `likes`? (try likes)'
		);
		expect(placedProblemText(problems[3]!, 'es')).toBe(
			'en la columna 5 de la fórmula: columna desconocida `likez`: ¿quisiste decir `likes`? (prueba likes)'
		);
	});
});
