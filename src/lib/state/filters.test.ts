import { describe, expect, it } from 'vitest';
import {
	parseFilters,
	toSearchParams,
	withFilters,
	type FilterProblem,
	type LiveFilters
} from './filters';
import { problemText } from '$lib/i18n/problem-text';

const defaults: LiveFilters = {
	from: null,
	to: null,
	markets: [],
	platforms: [],
	metric: 'impressions'
};

const campaignDefaults: LiveFilters = {
	from: '2024-03-01',
	to: '2024-03-31',
	markets: ['AR', 'BR', 'CO', 'MX', 'US'],
	platforms: [],
	metric: 'er_views'
};

describe('round trip: filters -> search -> filters', () => {
	const cases: [string, LiveFilters, LiveFilters, string][] = [
		['defaults write nothing', defaults, defaults, ''],
		[
			'a date range',
			{ ...defaults, from: '2024-03-04', to: '2024-03-10' },
			defaults,
			'from=2024-03-04&to=2024-03-10'
		],
		['only a start', { ...defaults, from: '2024-03-04' }, defaults, 'from=2024-03-04'],
		['markets, sorted', { ...defaults, markets: ['BR', 'MX'] }, defaults, 'markets=BR%2CMX'],
		[
			'platforms and metric',
			{ ...defaults, platforms: ['instagram', 'tiktok_ads'], metric: 'ctr' },
			defaults,
			'platforms=instagram%2Ctiktok_ads&metric=ctr'
		],
		[
			'everything, in a fixed order',
			{
				from: '2024-03-02',
				to: '2024-03-09',
				markets: ['US'],
				platforms: ['meta_ads'],
				metric: 'cpm'
			},
			defaults,
			'from=2024-03-02&to=2024-03-09&markets=US&platforms=meta_ads&metric=cpm'
		],
		['campaign defaults write nothing', campaignDefaults, campaignDefaults, ''],
		[
			'a narrower range than the campaign',
			{ ...campaignDefaults, from: '2024-03-10' },
			campaignDefaults,
			'from=2024-03-10'
		],
		[
			'fewer markets than the campaign',
			{ ...campaignDefaults, markets: ['AR', 'CO'] },
			campaignDefaults,
			'markets=AR%2CCO'
		],
		[
			'another metric than the campaign default',
			{ ...campaignDefaults, metric: 'impressions' },
			campaignDefaults,
			'metric=impressions'
		]
	];

	it.each(cases)('%s', (_name, filters, base, search) => {
		const params = toSearchParams(filters, base);
		expect(params.toString()).toBe(search);
		expect(parseFilters(new URLSearchParams(params.toString()), base)).toEqual({
			filters,
			problems: []
		});
	});
});

describe('toSearchParams', () => {
	it('writes lists sorted without repeats, whatever order they were given in', () => {
		const params = toSearchParams({ ...defaults, markets: ['MX', 'BR', 'MX'] }, defaults);
		expect(params.get('markets')).toBe('BR,MX');
	});

	it('treats a list equal to the default in another order as the default', () => {
		const params = toSearchParams(
			{ ...campaignDefaults, markets: ['US', 'MX', 'CO', 'BR', 'AR'] },
			campaignDefaults
		);
		expect(params.toString()).toBe('');
	});
});

describe('parseFilters', () => {
	type Case = [string, string, Partial<LiveFilters>, Omit<FilterProblem, 'problem'>[]];
	const cases: Case[] = [
		[
			'reads lower-case markets with spaces and repeats',
			'markets=mx, br,MX',
			{ markets: ['BR', 'MX'] },
			[]
		],
		['ignores empty parameters', 'from=&markets=&metric=', {}, []],
		['joins repeated list parameters', 'markets=US&markets=AR', { markets: ['AR', 'US'] }, []],
		['drops a malformed date', 'from=03/01/2024', {}, [{ param: 'from', value: '03/01/2024' }]],
		[
			'drops a day that is not in the calendar',
			'to=2024-02-30',
			{},
			[{ param: 'to', value: '2024-02-30' }]
		],
		['keeps a leap day', 'to=2024-02-29', { to: '2024-02-29' }, []],
		[
			'drops a range that ends before it starts',
			'from=2024-03-10&to=2024-03-01',
			{},
			[{ param: 'to', value: '2024-03-01' }]
		],
		[
			'keeps good markets and reports bad ones',
			'markets=US,USA,1,MX',
			{ markets: ['MX', 'US'] },
			[
				{ param: 'markets', value: 'USA' },
				{ param: 'markets', value: '1' }
			]
		],
		[
			'falls back when no market is good',
			'markets=x,y',
			{},
			[
				{ param: 'markets', value: 'x' },
				{ param: 'markets', value: 'y' }
			]
		],
		[
			'drops a metric that is not an id',
			'metric=sum(spend)',
			{},
			[{ param: 'metric', value: 'sum(spend)' }]
		],
		[
			'drops a platform with odd characters',
			'platforms=tik tok',
			{},
			[{ param: 'platforms', value: 'tik tok' }]
		],
		['ignores parameters it does not own', 'tab=2&from=2024-03-05', { from: '2024-03-05' }, []]
	];

	it.each(cases)('%s', (_name, search, expected, problems) => {
		const result = parseFilters(new URLSearchParams(search), defaults);
		expect(result.filters).toEqual({ ...defaults, ...expected });
		expect(result.problems.map(({ param, value }) => ({ param, value }))).toEqual(problems);
	});

	it('says what is wrong with each value, as a problem to word', () => {
		const { problems } = parseFilters(
			new URLSearchParams('from=2024/03/01&to=2024-13-01&markets=USA'),
			defaults
		);
		expect(problems.map((p) => p.problem)).toEqual([
			{ code: 'problem_day_format' },
			{ code: 'problem_day_unknown' },
			{ code: 'problem_market_code' }
		]);
		const backwards = parseFilters(new URLSearchParams('from=2024-03-09&to=2024-03-01'), defaults);
		expect(backwards.problems).toEqual([
			{
				param: 'to',
				value: '2024-03-01',
				problem: { code: 'problem_filter_range', params: { from: '2024-03-09', to: '2024-03-01' } }
			}
		]);
		expect(problemText(backwards.problems[0]!.problem, 'pt')).toBe(
			'O intervalo termina (2024-03-01) antes de começar (2024-03-09).'
		);
	});

	it('restricts values to the given choices', () => {
		const { filters, problems } = parseFilters(
			new URLSearchParams('markets=US,CL&metric=nope'),
			defaults,
			{ markets: ['US', 'MX'], metrics: ['impressions', 'ctr'] }
		);
		expect(filters).toEqual({ ...defaults, markets: ['US'] });
		expect(problems).toEqual([
			{ param: 'markets', value: 'CL', problem: { code: 'problem_filter_market_unknown' } },
			{ param: 'metric', value: 'nope', problem: { code: 'problem_filter_metric_unknown' } }
		]);
	});

	it('returns default lists as copies, so that changing one does not change the defaults', () => {
		const { filters } = parseFilters(new URLSearchParams(''), campaignDefaults);
		filters.markets.push('CL');
		expect(campaignDefaults.markets).toEqual(['AR', 'BR', 'CO', 'MX', 'US']);
	});
});

describe('withFilters', () => {
	const base = new URL(
		'https://parallax.test/campaigns/demo/live?tab=chart&markets=US&metric=ctr#top'
	);

	it('replaces filter parameters, keeps the others and the hash, and writes commas plainly', () => {
		const url = withFilters(
			base,
			{ ...defaults, markets: ['MX', 'BR'], from: '2024-03-02' },
			defaults
		);
		expect(url.href).toBe(
			'https://parallax.test/campaigns/demo/live?tab=chart&from=2024-03-02&markets=BR,MX#top'
		);
		expect(url.searchParams.get('markets')).toBe('BR,MX');
	});

	it('drops the query entirely when only defaults remain', () => {
		const url = withFilters(new URL('https://parallax.test/live?metric=ctr'), defaults, defaults);
		expect(url.href).toBe('https://parallax.test/live');
	});

	it('leaves the given URL unchanged', () => {
		withFilters(base, defaults, defaults);
		expect(base.search).toBe('?tab=chart&markets=US&metric=ctr');
	});
});
