import type { AnnotationKind, ExpectedEffect } from '$lib/domain/annotations';
import type { EffectVerdict, ObservedEffect } from '$lib/domain/effects/observed-effect';
import { m } from '$lib/paraglide/messages';

// Kinds, directions, verdicts and revision changes are stored in English; only their labels
// follow the reader's language. Each label is looked up when shown, never at import time, so
// that a server rendering for several readers gives each one their own language.

const KINDS: Record<AnnotationKind, () => string> = {
	decision: m.annotation_kind_decision,
	disagreement: m.annotation_kind_disagreement,
	note: m.annotation_kind_note,
	learning: m.annotation_kind_learning
};

/** How an annotation kind reads: "decision", "desacuerdo". */
export function kindLabel(kind: string): string {
	return Object.hasOwn(KINDS, kind) ? KINDS[kind as AnnotationKind]() : kind;
}

/** How an expected effect's direction reads: "up", "baja". */
export function directionLabel(direction: ExpectedEffect['direction']): string {
	return direction === 'up' ? m.annotation_direction_up() : m.annotation_direction_down();
}

const EFFECT_VERDICTS: Record<EffectVerdict, () => string> = {
	as_expected: m.annotation_effect_as_expected,
	opposite: m.annotation_effect_opposite,
	inconclusive: m.annotation_effect_inconclusive
};

/** An observed effect's verdict as a sentence opening: "As expected". */
export function effectVerdictLabel(verdict: EffectVerdict): string {
	return EFFECT_VERDICTS[verdict]();
}

/**
 * Why an observed effect cannot be measured, in the reader's language; the effect keeps the
 * English `reason` for the retrospective and the command line.
 */
export function notMeasurableLabel(
	effect: Extract<ObservedEffect, { status: 'not_measurable' }>
): string {
	switch (effect.reasonCode) {
		case 'no_market':
			return m.annotation_effect_no_market();
		case 'every_market':
			return m.annotation_effect_every_market();
		case 'after_last_day':
			return m.annotation_effect_after_last_day();
		case 'too_few_days':
			return m.annotation_effect_too_few_days({
				before: effect.before.days,
				after: effect.after.days
			});
	}
}

const CHANGES: Record<string, () => string> = {
	created: m.annotation_change_created,
	edited: m.annotation_change_edited,
	hidden: m.annotation_change_hidden,
	shown: m.annotation_change_shown,
	position_added: m.annotation_change_position_added,
	resolved: m.annotation_change_resolved
};

/** What one revision did to an annotation: "created", "position added". */
export function revisionChangeLabel(change: string): string {
	return Object.hasOwn(CHANGES, change) ? CHANGES[change]!() : change.replaceAll('_', ' ');
}
