import type { AnnotationContentInput, ExpectedEffect } from '$lib/domain/annotations';

/** A decision's reasons as its form holds them: plain strings, one alternative per line. */
export interface DecisionDraft {
	why: string;
	alternatives: string;
	expectedMetric: string;
	/** '' when the decision names no expected effect. */
	expectedDirection: '' | 'up' | 'down';
	expectedBy: string;
}

/** An empty draft, with the metric a new decision most likely moves. */
export function emptyDecisionDraft(metric = ''): DecisionDraft {
	return {
		why: '',
		alternatives: '',
		expectedMetric: metric,
		expectedDirection: '',
		expectedBy: ''
	};
}

/** The form's view of a stored decision's reasons. */
export function decisionDraftOf(content: {
	why?: string;
	alternatives?: string[];
	expectedEffect?: ExpectedEffect;
}): DecisionDraft {
	return {
		why: content.why ?? '',
		alternatives: (content.alternatives ?? []).join('\n'),
		expectedMetric: content.expectedEffect?.metric ?? '',
		expectedDirection: content.expectedEffect?.direction ?? '',
		expectedBy: content.expectedEffect?.by ?? ''
	};
}

/**
 * The content fields a draft gives: blank fields are left out rather than saved empty, and an
 * expected effect is kept only when it names a direction (a metric alone expects nothing).
 */
export function decisionFieldsOf(
	draft: DecisionDraft
): Pick<AnnotationContentInput, 'why' | 'alternatives' | 'expectedEffect'> {
	const alternatives = draft.alternatives
		.split('\n')
		.map((line) => line.replace(/^\s*[-*]\s+/, '').trim())
		.filter((line) => line.length > 0);
	const metric = draft.expectedMetric.trim();
	return {
		...(draft.why.trim() ? { why: draft.why.trim() } : {}),
		...(alternatives.length > 0 ? { alternatives } : {}),
		...(draft.expectedDirection
			? {
					expectedEffect: {
						metric,
						direction: draft.expectedDirection,
						...(draft.expectedBy ? { by: draft.expectedBy } : {})
					}
				}
			: {})
	};
}
