import { describe, expect, it } from 'vitest';
import { problemText } from '$lib/i18n/problem-text';
import { issueProblem, type Problem } from '../problem';
import { experimentFormSchema, experimentFormValues } from './experiment-form';

const MARKETS = ['US', 'MX', 'BR', 'CO', 'AR'];

const VALID = {
	name: '  Creative B vs A ',
	control: 'A',
	treatment: 'B',
	markets: ['AR', 'US'],
	numerator: 'clicks',
	denominator: 'impressions',
	split_control: '',
	split_treatment: '',
	start: '2026-09-28',
	end: '2026-11-22',
	hypothesis: 'B earns more clicks per impression.',
	mde: '5'
};

/** The first problem of each field, as the form action files them. */
function problemsOf(form: Record<string, unknown>): Record<string, Problem> {
	const parsed = experimentFormSchema(MARKETS).safeParse(form);
	if (parsed.success) return {};
	const problems: Record<string, Problem> = {};
	for (const issue of parsed.error.issues)
		problems[String(issue.path[0] ?? 'form')] ??= issueProblem(issue);
	return problems;
}

describe('the split-test form', () => {
	it('reads a filled form into the content to store, markets in the campaign’s order', () => {
		expect(experimentFormSchema(MARKETS).parse(VALID)).toEqual({
			name: 'Creative B vs A',
			variants: ['A', 'B'],
			markets: ['US', 'AR'],
			metric: { numerator: 'clicks', denominator: 'impressions' },
			split: [50, 50],
			start: '2026-09-28',
			end: '2026-11-22',
			hypothesis: 'B earns more clicks per impression.',
			mde: 0.05
		});
	});

	it('takes one checked market as a single value, a planned split and a decimal comma', () => {
		const content = experimentFormSchema(MARKETS).parse({
			...VALID,
			markets: 'MX',
			split_control: '60',
			split_treatment: '40',
			mde: '2,5 %'
		});
		expect(content.markets).toEqual(['MX']);
		expect(content.split).toEqual([60, 40]);
		expect(content.mde).toBeCloseTo(0.025, 12);
	});

	it.each([
		['a missing name', { name: ' ' }, 'name', { code: 'problem_experiment_name_missing' }],
		['no control', { control: '' }, 'control', { code: 'problem_experiment_variant_missing' }],
		[
			'one variant twice',
			{ treatment: 'A' },
			'treatment',
			{ code: 'problem_experiment_variants_same' }
		],
		[
			'no market',
			{ markets: undefined },
			'markets',
			{ code: 'problem_experiment_markets_missing' }
		],
		[
			'a market outside the campaign',
			{ markets: ['US', 'PE'] },
			'markets',
			{ code: 'problem_markets_unknown', params: { markets: 'PE' } }
		],
		[
			'money as numerator',
			{ numerator: 'spend' },
			'numerator',
			{ code: 'problem_experiment_measure' }
		],
		[
			'a metric divided by itself',
			{ denominator: 'clicks' },
			'denominator',
			{ code: 'problem_experiment_metric_same' }
		],
		[
			'a share of 0',
			{ split_control: '0', split_treatment: '100' },
			'split_control',
			{
				code: 'problem_experiment_split_share'
			}
		],
		[
			'one share only',
			{ split_control: '60' },
			'split_treatment',
			{
				code: 'problem_experiment_split_both'
			}
		],
		['no start', { start: '' }, 'start', { code: 'problem_date_missing' }],
		['an unreal end', { end: '2026-02-30' }, 'end', { code: 'problem_date_invalid' }],
		[
			'an end before the start',
			{ end: '2026-09-01' },
			'end',
			{
				code: 'problem_experiment_ends_before_start'
			}
		],
		['a text as effect', { mde: 'five' }, 'mde', { code: 'problem_experiment_mde' }],
		['a zero effect', { mde: '0' }, 'mde', { code: 'problem_experiment_mde' }]
	])('files %s under the field to mend', (_, change, field, expected) => {
		const problems = problemsOf({ ...VALID, ...change });
		expect(problems[field]).toMatchObject(expected);
		expect(Object.keys(problems)).toEqual([field]);
	});

	it('files every field’s problem at once', () => {
		const problems = problemsOf({ ...VALID, name: '', control: '', mde: '' });
		expect(Object.keys(problems).sort()).toEqual(['control', 'mde', 'name']);
	});

	it('words its problems in the reader’s language', () => {
		const problems = problemsOf({ ...VALID, treatment: 'A', markets: ['XX'] });
		expect(problemText(problems.treatment!, 'es')).toBe(
			'El tratamiento debe ser distinto del control.'
		);
		expect(problemText(problems.markets!, 'pt')).toBe('Não é um mercado desta campanha: XX.');
		expect(problemText(problemsOf({ ...VALID, mde: 'x' }).mde!, 'pt')).toBe(
			'Digite a menor melhoria relativa que valha a pena detectar, em porcentagem maior que 0, por exemplo 5.'
		);
	});

	it('fills the form back from a stored test, so that saving it unchanged stores the same', () => {
		const content = experimentFormSchema(MARKETS).parse({
			...VALID,
			split_control: '70',
			split_treatment: '30',
			mde: '7.5'
		});
		const values = experimentFormValues(content);
		expect(values).toMatchObject({ markets: 'US,AR', split_control: '70', mde: '7.5' });
		const again = experimentFormSchema(MARKETS).parse({
			...values,
			markets: values.markets!.split(',')
		});
		expect(again).toEqual(content);
	});
});
