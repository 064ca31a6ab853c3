import { describe, expect, it } from 'vitest';
import { annotationContentSchema } from '$lib/domain/annotations';
import { decisionDraftOf, decisionFieldsOf, emptyDecisionDraft } from './decision-fields';

describe('decision fields', () => {
	it('turns the form into content the schema accepts, one alternative per line', () => {
		const fields = decisionFieldsOf({
			why: '  One day spent 3.7× a usual day. ',
			alternatives: '- Pause Mexico for two days\n\n* Ask for more budget\n',
			expectedMetric: 'spend',
			expectedDirection: 'down',
			expectedBy: '2026-11-20'
		});
		expect(fields).toEqual({
			why: 'One day spent 3.7× a usual day.',
			alternatives: ['Pause Mexico for two days', 'Ask for more budget'],
			expectedEffect: { metric: 'spend', direction: 'down', by: '2026-11-20' }
		});
		const content = annotationContentSchema.parse({
			kind: 'decision',
			title: 'Cap',
			scope: { markets: ['MX'], metrics: ['spend'] },
			time: { at: '2026-11-14' },
			...fields
		});
		expect(content.expectedEffect?.direction).toBe('down');
	});

	it('leaves out what was left blank, and a metric without a direction', () => {
		expect(decisionFieldsOf(emptyDecisionDraft('spend'))).toEqual({});
	});

	it('reads a stored decision back into the same form', () => {
		const draft = {
			why: 'Because',
			alternatives: 'A\nB',
			expectedMetric: 'views',
			expectedDirection: 'up' as const,
			expectedBy: ''
		};
		expect(decisionDraftOf(decisionFieldsOf(draft))).toEqual(draft);
	});

	it('keeps an empty metric so that the schema names it, not silently drops it', () => {
		const fields = decisionFieldsOf({ ...emptyDecisionDraft(), expectedDirection: 'up' });
		const result = annotationContentSchema.safeParse({
			kind: 'decision',
			title: 'x',
			scope: { markets: [], metrics: [] },
			time: { at: '2026-11-14' },
			...fields
		});
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toBe('problem_effect_metric_missing');
	});
});
