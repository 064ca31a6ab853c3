import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { annotationOf, requireChange, write } from '$lib/server/annotations/annotation-service';
import { requireAccess } from '$lib/server/http/guard';
import { renderMarkdown } from '$lib/server/markdown';
import type { RequestHandler } from './$types';

/** One annotation with its body rendered as safe HTML and every revision. */
export const GET = (async (event) => {
	const allowed = await requireAccess(event, 'read');
	const annotation = annotationOf(allowed, event.params.annotation);
	return json({
		annotation,
		bodyHtml: renderMarkdown(annotation.body),
		revisions: allowed.context.annotations.revisions(allowed.campaignId, annotation.id)
	});
}) satisfies RequestHandler;

const editSchema = z.object({ content: z.unknown(), base: z.number().int().min(1) });

/**
 * Saves an edit (JSON `{ content, base }`, base: the revision the editor started from): 200
 * with the saved annotation, or 409 with the newer one when someone saved first.
 */
export const PUT = (async (event) => {
	const allowed = await requireAccess(event, 'read');
	const annotation = annotationOf(allowed, event.params.annotation);
	requireChange(allowed, 'edit', annotation);
	const body = editSchema.safeParse(await event.request.json().catch(() => null));
	if (!body.success) error(400, 'Send { content, base } as JSON.');
	const result = write(allowed, 'annotation_changed', annotation.id, () =>
		allowed.context.annotations.update(
			allowed.campaignId,
			annotation.id,
			body.data.content as Parameters<typeof allowed.context.annotations.update>[2],
			allowed.actor!.id,
			body.data.base
		)
	);
	return json(result, { status: 'stale' in result ? 409 : 200 });
}) satisfies RequestHandler;
