import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { mayChangeAnnotation, type AnnotationChange } from '$lib/domain/annotation-access';
import type { AnnotationThread } from '$lib/domain/annotation-thread';
import { accountsNamedIn, type Annotation } from '$lib/domain/annotations';
import { issuesText } from '$lib/i18n/issue-text';
import { problemText } from '$lib/i18n/problem-text';
import { m } from '$lib/paraglide/messages';
import { renderMarkdown } from '../markdown';
import type { Allowed } from '../http/guard';
import { AnnotationRefusal, type AnnotationSaveResult } from './annotation-store';

const REFUSALS: Record<AnnotationChange, () => string> = {
	create: m.refusal_annotation_create,
	edit: m.refusal_annotation_edit,
	hide: m.refusal_annotation_hide,
	add_position: m.refusal_annotation_add_position,
	resolve: m.refusal_annotation_resolve
};

/** The annotation a request is about, or 404. */
export function annotationOf(allowed: Allowed, id: string): Annotation {
	const annotation = allowed.context.annotations.find(allowed.campaignId, id);
	if (!annotation) error(404, m.refusal_annotation_unknown({ id }));
	return annotation;
}

/**
 * Refuses (403) a change the asker may not make, before anything is read from the request; the
 * reason is worded in the request's language, as every refusal here.
 */
export function requireChange(
	allowed: Allowed,
	change: AnnotationChange,
	annotation: Annotation | null
): void {
	const ownership = annotation && {
		authorId: annotation.authorId ?? '',
		kind: annotation.kind
	};
	if (!mayChangeAnnotation(allowed.access, change, ownership)) error(403, REFUSALS[change]());
}

/**
 * Runs a store write for the asker and records it: the store's own refusals (a kind that
 * cannot change, a field of another kind) and schema errors become 400 with their problems
 * worded in the request's language.
 */
export function write<T extends Annotation | AnnotationSaveResult>(
	allowed: Allowed,
	action: string,
	id: string | null,
	run: () => T
): T {
	let result: T;
	try {
		result = run();
	} catch (failure) {
		if (failure instanceof AnnotationRefusal) error(400, problemText(failure.problem));
		if (failure instanceof z.ZodError) error(400, issuesText(failure.issues));
		throw failure;
	}
	const saved = savedOf(result);
	if (saved) {
		allowed.context.people.audit.record({
			accountId: allowed.actor?.id ?? null,
			campaignId: allowed.campaignId,
			action,
			itemKind: 'annotation',
			itemId: id ?? saved.id,
			detail: { revision: saved.revision, kind: saved.kind, title: saved.title }
		});
	}
	return result;
}

/** What a write saved: the annotation, or null when it was refused as stale. */
function savedOf(result: Annotation | AnnotationSaveResult): Annotation | null {
	if ('stale' in result) return null;
	if ('saved' in result) return result.saved;
	return result;
}

/** The side panel's view of an annotation, for the asker. */
export function threadOf(allowed: Allowed, annotation: Annotation): AnnotationThread {
	const { context, campaignId, access } = allowed;
	const revisions = context.annotations
		.revisions(campaignId, annotation.id)
		.map(({ revision, change, changedBy, changedAt, changed }) => ({
			revision,
			change,
			changedBy,
			changedAt,
			changed
		}));
	const names = context.people.accounts.displayNames([
		...accountsNamedIn(annotation),
		annotation.updatedBy,
		...revisions.map((r) => r.changedBy)
	]);
	const all = context.annotations.list(campaignId);
	const related: AnnotationThread['related'] = [
		...all
			.filter((other) => annotation.links.includes(other.id))
			.map((other) => ({ ...summary(other), direction: 'links_to' as const })),
		...all
			.filter((other) => other.links.includes(annotation.id))
			.map((other) => ({ ...summary(other), direction: 'linked_from' as const }))
	];
	const ownership = { authorId: annotation.authorId ?? '', kind: annotation.kind };
	const may = (change: AnnotationChange) => mayChangeAnnotation(access, change, ownership);
	return {
		annotation,
		bodyHtml: renderMarkdown(annotation.body),
		revisions,
		names,
		related,
		may: {
			edit: may('edit'),
			hide: may('hide'),
			add_position: may('add_position'),
			resolve: may('resolve') && annotation.resolution === null
		}
	};
}

function summary(annotation: Annotation) {
	return { id: annotation.id, title: annotation.title, kind: annotation.kind };
}
