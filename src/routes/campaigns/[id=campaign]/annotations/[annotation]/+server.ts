import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import {
	annotationOf,
	requireChange,
	threadOf,
	write
} from '$lib/server/annotations/annotation-service';
import { requireAccess } from '$lib/server/http/guard';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

/** One annotation as its side panel shows it: safe HTML body, revisions, names, links, rights. */
export const GET = (async (event) => {
	const allowed = await requireAccess(event, 'read');
	const annotation = annotationOf(allowed, event.params.annotation);
	return json(threadOf(allowed, annotation));
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
	if (!body.success) error(400, m.refusal_send_json({ fields: '{ content, base }' }));
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
