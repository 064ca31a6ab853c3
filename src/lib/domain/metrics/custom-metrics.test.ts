import { describe, expect, it } from 'vitest';
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
		expect(problems).toEqual(
			expect.arrayContaining([
				{
					index: 0,
					field: 'formula',
					message: expect.stringMatching(/cycle: a_rate → b_rate → a_rate/)
				},
				{
					index: 1,
					field: 'formula',
					message: expect.stringMatching(/cycle: b_rate → a_rate → b_rate/)
				},
				{ index: 2, field: 'id', message: 'ctr is a built-in metric; choose another id.' },
				{
					index: 3,
					field: 'formula',
					message: expect.stringMatching(
						/^at column 5 of the formula: unknown column `likez` — did you mean `likes`\?/
					)
				},
				{ index: 3, field: 'formula', message: expect.stringMatching(/reach/) },
				{ index: 4, field: 'id', message: 'The id c_rate is used twice.' }
			])
		);
	});
});
