import { z } from 'zod';
import type { ProblemCode } from './problem';

// Every check's message is a problem code (src/lib/domain/problem.ts): the API and the page word
// it in the reader's language.

/** What an annotation records: a choice made, a reading in dispute, a remark, a lesson. */
export const ANNOTATION_KINDS = ['decision', 'disagreement', 'note', 'learning'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/** An annotation id: lowercase letters, digits and dashes, such as `ann-mx-daily-cap`. */
export const annotationIdSchema = z
	.string()
	.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'problem_annotation_id');

/** The longest body kept, in characters of Markdown. */
export const MAX_BODY_LENGTH = 20_000;

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'problem_day_format', abort: true })
	.refine(isCalendarDate, 'problem_day_unknown');

/** A text that must not be blank; `missing` says what to write. */
const label = (missing: ProblemCode) => z.string().trim().min(1, missing);

/** The markets, metrics, platforms and variants an annotation is about; empty means all. */
export const annotationScopeSchema = z.strictObject({
	markets: z.array(z.string().regex(/^[A-Z]{2}$/, 'problem_market_code')),
	metrics: z.array(label('problem_metric_id_missing')),
	platforms: z.array(label('problem_platform_missing')).default([]),
	variants: z.array(label('problem_variant_missing')).default([])
});
export type AnnotationScope = z.infer<typeof annotationScopeSchema>;

/** A day, or a range of days with both ends included. */
export const annotationTimeSchema = z.union([
	z.strictObject({ at: isoDate }),
	z.strictObject({ from: isoDate, to: isoDate }).refine((range) => range.from <= range.to, {
		message: 'problem_range_backwards',
		path: ['to']
	})
]);
export type AnnotationTime = z.infer<typeof annotationTimeSchema>;

/** What a decision expects to move, and which way. */
export const expectedEffectSchema = z.strictObject({
	metric: label('problem_effect_metric_missing'),
	direction: z.enum(['up', 'down'], { message: 'problem_direction' }),
	/** The day by which the effect should show. */
	by: isoDate.optional()
});
export type ExpectedEffect = z.infer<typeof expectedEffectSchema>;

/** One side of a disagreement: who reads the number how, and why. */
export const positionSchema = z.strictObject({
	party: label('problem_party_missing'),
	accountId: z.string().min(1).optional(),
	reading: label('problem_reading_missing'),
	argument: label('problem_argument_missing')
});
export type Position = z.infer<typeof positionSchema>;
/** A position as a form gives it, before validation. */
export type PositionInput = z.input<typeof positionSchema>;

/** How a disagreement ended: the outcome, who settled it and when. */
export const resolutionSchema = z.strictObject({
	outcome: label('problem_outcome_missing'),
	by: z.string().min(1),
	at: z.iso.datetime({ message: 'problem_date_time' })
});
export type Resolution = z.infer<typeof resolutionSchema>;

const DECISION_FIELDS = ['why', 'alternatives', 'expectedEffect'] as const;
const DISAGREEMENT_FIELDS = ['positions', 'resolution'] as const;

// The schema is strict: an unknown key is most often a typo (`expected_effect`), never ignored.

/**
 * What an author writes: kind, title, Markdown body, scope, time and links, plus the
 * decision's reasons or the disagreement's positions and resolution. A disagreement's
 * positions default to none and its resolution to null (open).
 */
export const annotationContentSchema = z
	.strictObject({
		kind: z.enum(ANNOTATION_KINDS, { message: 'problem_annotation_kind' }),
		title: z.string().trim().min(1, 'problem_title_missing').max(200, 'problem_too_long'),
		body: z.string().max(MAX_BODY_LENGTH, 'problem_too_long').default(''),
		scope: annotationScopeSchema,
		time: annotationTimeSchema,
		/** Ids of related annotations. */
		links: z.array(annotationIdSchema).default([]),
		why: z.string().optional(),
		alternatives: z.array(label('problem_alternative_missing')).optional(),
		expectedEffect: expectedEffectSchema.optional(),
		positions: z.array(positionSchema).optional(),
		resolution: resolutionSchema.nullable().optional()
	})
	.superRefine((content, context) => {
		const misplaced = (fields: readonly (keyof typeof content)[], message: ProblemCode) => {
			for (const field of fields) {
				if (content[field] !== undefined) {
					context.addIssue({
						code: 'custom',
						path: [field],
						message,
						params: { kind: content.kind }
					});
				}
			}
		};
		if (content.kind !== 'decision') misplaced(DECISION_FIELDS, 'problem_decision_fields');
		if (content.kind !== 'disagreement') {
			misplaced(DISAGREEMENT_FIELDS, 'problem_disagreement_fields');
		}
	})
	.transform((content) =>
		content.kind === 'disagreement'
			? { ...content, positions: content.positions ?? [], resolution: content.resolution ?? null }
			: content
	);

/** Annotation content as stored, with defaults filled in. */
export type AnnotationContent = z.output<typeof annotationContentSchema>;
/** Annotation content as a form or a file may give it, before defaults. */
export type AnnotationContentInput = z.input<typeof annotationContentSchema>;

/** A stored annotation: its content with who wrote it, when, and its save count. */
export type Annotation = AnnotationContent & {
	id: string;
	authorId: string | null;
	createdAt: string;
	updatedAt: string;
	updatedBy: string | null;
	/** Saves so far, 1 when created; an edit must name the revision it started from. */
	revision: number;
	/** Hidden annotations are kept (deleting hides, it never erases) and can be shown again. */
	hidden: boolean;
};

/** What a chart shows; an absent or empty filter means no filter on that field. */
export interface ChartView {
	markets: string[];
	metric?: string;
	platforms?: string[];
	from?: string;
	to?: string;
}

/**
 * Whether an annotation belongs on a chart of these markets, metric and platforms over this
 * range: each scope list must meet the view's (an empty list on either side meets
 * everything) and the annotation's days must overlap the range.
 */
export function annotationMatchesScope(
	annotation: Pick<AnnotationContent, 'scope' | 'time'>,
	view: ChartView
): boolean {
	const { scope, time } = annotation;
	const start = annotationStart(time);
	const end = 'at' in time ? time.at : time.to;
	return (
		meets(scope.markets, view.markets) &&
		meets(scope.metrics, view.metric === undefined ? [] : [view.metric]) &&
		meets(scope.platforms, view.platforms ?? []) &&
		(view.from === undefined || end >= view.from) &&
		(view.to === undefined || start <= view.to)
	);
}

function meets(scoped: string[], shown: string[]): boolean {
	return scoped.length === 0 || shown.length === 0 || shown.some((item) => scoped.includes(item));
}

/** The accounts an annotation names: its author, the people holding positions, who settled it. */
export function accountsNamedIn(
	annotation: Pick<Annotation, 'authorId' | 'positions' | 'resolution'>
): string[] {
	return [
		annotation.authorId,
		...(annotation.positions ?? []).map((position) => position.accountId),
		annotation.resolution?.by
	].filter((id): id is string => Boolean(id));
}

/** The first day an annotation covers, for ordering. */
export function annotationStart(time: AnnotationTime): string {
	return 'at' in time ? time.at : time.from;
}

function isCalendarDate(text: string): boolean {
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
