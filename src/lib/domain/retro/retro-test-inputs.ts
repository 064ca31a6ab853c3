import { MX_MARKET, TEST_CAMPAIGN, US_MARKET } from '../../../../tests/support/test-campaign';
import type { Annotation, AnnotationContent } from '../annotations';
import type { ObservedEffect } from '../effects/observed-effect';
import type { DefinitionScore, KpiScore } from '../scoring/score-definition';
import type { RetroInputs } from './build-retro';
import { twoMarketTimingFixture } from './retro-timing-fixtures';

/**
 * The inputs of a small two-market retrospective, for the tests of its builder and renderers:
 * two definitions, four decisions (one effect as expected, one inconclusive, one not
 * measurable, one without an expectation), an open and a settled disagreement, a learning and
 * a note, a timeline in which Mexico ran late (`twoMarketTimingFixture`), and text that tries to
 * run as code.
 */
export function retroTestInputs(): RetroInputs {
	return {
		campaign: {
			...TEST_CAMPAIGN,
			id: 'demo',
			name: 'Demo & <Co> launch',
			markets: [US_MARKET, MX_MARKET],
			phases: []
		},
		asOf: '2026-11-22',
		range: { from: '2026-11-02', to: '2026-11-22' },
		effectDays: 7,
		definitions: [
			{ id: 'latam', team: 'LATAM | partner team', markets: ['MX'], version: 1, signedOff: false },
			{ id: 'us-brand', team: 'US brand team', markets: ['US'], version: 2, signedOff: true }
		],
		results: [
			score('latam', 'US', false, 0.9772, 'not_met', [kpi('er_reach', 0.0354, 0.035, 1.0126)]),
			score('latam', 'MX', true, 1.2521, 'met', [kpi('er_reach', 0.0435, 0.035, 1.2427)]),
			score('us-brand', 'US', true, 1.0465, 'met', [
				kpi('er_impressions', 0.0251, 0.035, 0.718, 'miss'),
				{ ...kpi('cpa', 15.78, 20, 1.2676), comparator: '<=', unit: 'currency' }
			]),
			{
				...score('us-brand', 'MX', false, null, 'no_data', [
					kpi('er_impressions', null, 0.035, null, 'no_data')
				]),
				missing: ['er_impressions']
			}
		],
		annotations: [
			annotation(
				'late-decision',
				'decision',
				'<script>alert(1)</script>',
				{ at: '2026-11-20' },
				{
					scope: { markets: ['US'], metrics: ['ctr'], platforms: [], variants: [] },
					body: 'See [the brief](javascript:alert(1)) <img src=x onerror=alert(1)> and **bold**.',
					why: 'Because | pipes *and* stars',
					expectedEffect: { metric: 'ctr', direction: 'up' }
				}
			),
			annotation(
				'cap',
				'decision',
				'Cap the daily boost',
				{ from: '2026-11-14', to: '2026-11-22' },
				{
					authorId: 'acc-lucia',
					why: 'One day spent 3.7× a usual day.',
					alternatives: ['Pause for two days', 'Ask for more budget'],
					expectedEffect: { metric: 'spend', direction: 'down' },
					links: ['open-question', 'gone']
				}
			),
			annotation(
				'shift',
				'decision',
				'Shift to TikTok',
				{ at: '2026-11-15' },
				{
					expectedEffect: { metric: 'spend', direction: 'up', by: '2026-11-20' }
				}
			),
			annotation(
				'whole',
				'decision',
				'Keep every market on plan',
				{ at: '2026-11-10' },
				{
					scope: { markets: [], metrics: [], platforms: [], variants: [] },
					expectedEffect: { metric: 'cpm', direction: 'down' }
				}
			),
			annotation('plain', 'decision', 'Brief the creators again', { at: '2026-11-05' }, {}),
			annotation(
				'open-question',
				'disagreement',
				'Is Mexico on target?',
				{ at: '2026-11-18' },
				{
					authorId: 'acc-marcus',
					positions: [
						{
							party: 'US brand team',
							accountId: 'acc-marcus',
							reading: 'Off target.',
							argument: 'Per impression.'
						},
						{ party: 'LATAM partner team', reading: 'On target.', argument: 'Per person reached.' }
					],
					resolution: null
				}
			),
			annotation(
				'settled',
				'disagreement',
				'Which CPM counts?',
				{ at: '2026-11-08' },
				{
					positions: [],
					resolution: {
						outcome: 'Local currency CPM.',
						by: 'acc-lucia',
						at: '2026-11-12T09:30:00Z'
					}
				}
			),
			annotation(
				'lesson',
				'learning',
				'Read tests per market',
				{ from: '2026-11-02', to: '2026-11-22' },
				{
					body: '- Compare within markets.'
				}
			),
			annotation('press', 'note', 'Press mention', { at: '2026-11-16' }, {})
		],
		effects: new Map<string, ObservedEffect | { status: 'no_expectation' }>([
			['late-decision', measured(0.0042, 0.0011, 0.0073, 'as_expected', ['US'])],
			['cap', measured(-513.564, -2178.25, 1151.13, 'inconclusive', ['MX'])],
			[
				'shift',
				{
					...windows(['MX']),
					status: 'not_measurable',
					reasonCode: 'after_last_day',
					reason: 'The decision starts after the last day of data.'
				}
			],
			[
				'whole',
				{
					...windows([]),
					status: 'not_measurable',
					reasonCode: 'every_market',
					reason: 'The decision covers every market, so no market is left to compare it with.'
				}
			],
			['plain', { status: 'no_expectation' }]
		]),
		metrics: new Map([
			['er_reach', { label: 'Engagement rate by reach', unit: 'percent' as const }],
			['er_impressions', { label: 'Engagement rate by impressions', unit: 'percent' as const }],
			['cpa', { label: 'CPA', unit: 'currency' as const }],
			['ctr', { label: 'CTR', unit: 'percent' as const }],
			['spend', { label: 'Spend', unit: 'currency' as const }],
			['cpm', { label: 'CPM', unit: 'currency' as const }]
		]),
		names: new Map([
			['acc-lucia', 'Lucía Ramírez'],
			['acc-marcus', 'Marcus Reed']
		]),
		timeline: twoMarketTimingFixture()
	};
}

function kpi(
	metric: string,
	actual: number | null,
	target: number,
	attainment: number | null,
	verdict: KpiScore['verdict'] = 'win'
): KpiScore {
	return {
		metric,
		comparator: '>=',
		actual,
		target,
		targetRule: 'campaign target',
		unit: 'percent',
		attainment,
		verdict,
		weight: 0.5
	};
}

function score(
	definition: string,
	market: string,
	own: boolean,
	value: number | null,
	verdict: DefinitionScore['verdict'],
	kpis: KpiScore[]
): DefinitionScore & { own: boolean } {
	return { definition, version: 1, market, score: value, verdict, kpis, missing: [], own };
}

function annotation(
	id: string,
	kind: AnnotationContent['kind'],
	title: string,
	time: AnnotationContent['time'],
	fields: Partial<Annotation>
): Annotation {
	return {
		id,
		kind,
		title,
		body: '',
		scope: { markets: ['MX'], metrics: [], platforms: [], variants: [] },
		time,
		links: [],
		authorId: null,
		createdAt: '2026-11-01T00:00:00.000Z',
		updatedAt: '2026-11-01T00:00:00.000Z',
		updatedBy: null,
		revision: 1,
		hidden: false,
		...fields
	} as Annotation;
}

function windows(scope: string[]) {
	return {
		days: 7,
		scopeMarkets: scope,
		comparisonMarkets: ['US', 'MX'].filter((m) => !scope.includes(m)),
		before: { from: '2026-11-07', to: '2026-11-13', days: 6, meanDifference: 1 },
		after: { from: '2026-11-14', to: '2026-11-20', days: 7, meanDifference: 2 }
	};
}

function measured(
	estimate: number,
	low: number,
	high: number,
	verdict: 'as_expected' | 'opposite' | 'inconclusive',
	scope: string[]
): ObservedEffect {
	return {
		...windows(scope),
		status: 'measured',
		estimate,
		low,
		high,
		degreesOfFreedom: 10,
		verdict
	};
}
