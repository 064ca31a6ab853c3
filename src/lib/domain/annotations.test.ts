import { describe, expect, it } from 'vitest';
import {
	accountsNamedIn,
	annotationContentSchema,
	annotationMatchesScope,
	type AnnotationContentInput,
	type ChartView
} from './annotations';
import { issueProblem, type Problem } from './problem';

const note: AnnotationContentInput = {
	kind: 'note',
	title: '  Press mention  ',
	scope: { markets: ['US'], metrics: ['impressions'] },
	time: { at: '2026-11-16' }
};

function problems(content: unknown): (Problem & { path: string })[] {
	const result = annotationContentSchema.safeParse(content);
	return result.success
		? []
		: result.error.issues.map((issue) => ({ path: issue.path.join('.'), ...issueProblem(issue) }));
}

describe('annotationContentSchema', () => {
	it('trims the title and fills the defaults of a note', () => {
		expect(annotationContentSchema.parse(note)).toEqual({
			kind: 'note',
			title: 'Press mention',
			body: '',
			scope: { markets: ['US'], metrics: ['impressions'], platforms: [], variants: [] },
			time: { at: '2026-11-16' },
			links: []
		});
	});

	it('keeps a decision with its why, alternatives and expected effect', () => {
		const decision = {
			...note,
			kind: 'decision',
			why: 'CPM is lower on TikTok.',
			alternatives: ['Boost only the viral post'],
			expectedEffect: { metric: 'spend', direction: 'up', by: '2026-11-20' }
		};
		expect(annotationContentSchema.parse(decision)).toMatchObject({
			why: 'CPM is lower on TikTok.',
			alternatives: ['Boost only the viral post'],
			expectedEffect: { metric: 'spend', direction: 'up', by: '2026-11-20' }
		});
	});

	it('opens a disagreement with no positions and no resolution', () => {
		expect(annotationContentSchema.parse({ ...note, kind: 'disagreement' })).toMatchObject({
			positions: [],
			resolution: null
		});
	});

	it.each([
		[
			'decision fields on a note',
			{ ...note, why: 'Because.', expectedEffect: { metric: 'spend', direction: 'up' } },
			[
				{ path: 'why', code: 'problem_decision_fields', params: { kind: 'note' } },
				{ path: 'expectedEffect', code: 'problem_decision_fields', params: { kind: 'note' } }
			]
		],
		[
			'disagreement fields on a decision',
			{ ...note, kind: 'decision', resolution: null },
			[{ path: 'resolution', code: 'problem_disagreement_fields', params: { kind: 'decision' } }]
		],
		[
			'a range that ends before it starts',
			{ ...note, time: { from: '2026-11-20', to: '2026-11-19' } },
			[{ path: 'time.to', code: 'problem_range_backwards' }]
		],
		[
			'an empty title',
			{ ...note, title: '   ' },
			[{ path: 'title', code: 'problem_title_missing', params: { minimum: 1 } }]
		],
		[
			'a title over 200 characters',
			{ ...note, title: 'x'.repeat(201) },
			[{ path: 'title', code: 'problem_too_long', params: { maximum: 200 } }]
		],
		[
			'a market code that is not two capitals',
			{ ...note, scope: { markets: ['mex'], metrics: [] } },
			[{ path: 'scope.markets.0', code: 'problem_market_code' }]
		],
		[
			'a day that does not exist',
			{ ...note, time: { at: '2026-02-30' } },
			[{ path: 'time.at', code: 'problem_day_unknown' }]
		],
		[
			'an unknown kind',
			{ ...note, kind: 'idea' },
			[{ path: 'kind', code: 'problem_annotation_kind' }]
		],
		[
			'a body over 20,000 characters',
			{ ...note, body: 'x'.repeat(20_001) },
			[{ path: 'body', code: 'problem_too_long', params: { maximum: 20_000 } }]
		]
	])('refuses %s', (_, content, expected) => {
		expect(problems(content)).toEqual(expected);
	});

	it('refuses a key written in the file format rather than the app one', () => {
		expect(problems({ ...note, kind: 'decision', expected_effect: {} })).toHaveLength(1);
	});
});

describe('annotationMatchesScope', () => {
	const annotation = annotationContentSchema.parse({
		kind: 'note',
		title: 'Boost moved to TikTok',
		scope: { markets: ['BR'], metrics: ['spend', 'views'], platforms: ['tiktok'] },
		time: { from: '2026-11-15', to: '2026-11-22' }
	});
	const everywhere = annotationContentSchema.parse({
		kind: 'learning',
		title: 'Read per market',
		scope: { markets: [], metrics: [] },
		time: { at: '2026-11-10' }
	});

	it.each<[string, boolean, typeof annotation, ChartView]>([
		['its market and metric', true, annotation, { markets: ['BR'], metric: 'spend' }],
		['several markets among them its own', true, annotation, { markets: ['US', 'BR'] }],
		['other markets', false, annotation, { markets: ['US', 'MX'] }],
		['another metric', false, annotation, { markets: ['BR'], metric: 'ctr' }],
		['its platform', true, annotation, { markets: ['BR'], platforms: ['tiktok'] }],
		['another platform', false, annotation, { markets: ['BR'], platforms: ['youtube'] }],
		['a range that ends on its first day', true, annotation, { markets: [], to: '2026-11-15' }],
		['a range that ends the day before it', false, annotation, { markets: [], to: '2026-11-14' }],
		['a range that starts on its last day', true, annotation, { markets: [], from: '2026-11-22' }],
		['a range that starts after it', false, annotation, { markets: [], from: '2026-11-23' }],
		[
			'a range inside it',
			true,
			annotation,
			{ markets: ['BR'], from: '2026-11-16', to: '2026-11-17' }
		],
		['no filter at all', true, annotation, { markets: [] }],
		[
			'any market, metric and platform when its scope is empty',
			true,
			everywhere,
			{ markets: ['AR'], metric: 'cpa', platforms: ['youtube'] }
		],
		[
			'a range holding its one day',
			true,
			everywhere,
			{ markets: [], from: '2026-11-10', to: '2026-11-10' }
		],
		['a range after its one day', false, everywhere, { markets: [], from: '2026-11-11' }]
	])('on %s: %s', (_, expected, item, view) => {
		expect(annotationMatchesScope(item, view)).toBe(expected);
	});
});

describe('accountsNamedIn', () => {
	it('names the author, the people holding positions and who settled it', () => {
		expect(
			accountsNamedIn({
				authorId: 'a-1',
				positions: [
					{ party: 'US', reading: 'off', argument: 'per impression', accountId: 'a-2' },
					{ party: 'LATAM', reading: 'on', argument: 'per person' }
				],
				resolution: { outcome: 'Both', by: 'a-3', at: '2026-11-20T10:00:00Z' }
			})
		).toEqual(['a-1', 'a-2', 'a-3']);
		expect(accountsNamedIn({ authorId: null })).toEqual([]);
	});
});
