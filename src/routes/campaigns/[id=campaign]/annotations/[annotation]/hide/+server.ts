import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { annotationOf, requireChange, write } from '$lib/server/annotations/annotation-service';
import { requireAccess } from '$lib/server/http/guard';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

const bodySchema = z.object({ hidden: z.boolean(), base: z.number().int().min(1) });

/** Hides an annotation, or shows it again (JSON `{ hidden, base }`); 409 when stale. */
export const POST = (async (event) => {
	const allowed = await requireAccess(event, 'read');
	const annotation = annotationOf(allowed, event.params.annotation);
	requireChange(allowed, 'hide', annotation);
	const body = bodySchema.safeParse(await event.request.json().catch(() => null));
	if (!body.success) error(400, m.refusal_send_json({ fields: '{ hidden, base }' }));
	const { hidden, base } = body.data;
	const result = write(
		allowed,
		hidden ? 'annotation_hidden' : 'annotation_shown',
		annotation.id,
		() =>
			allowed.context.annotations.setHidden(
				allowed.campaignId,
				annotation.id,
				hidden,
				allowed.actor!.id,
				base
			)
	);
	return json(result, { status: 'stale' in result ? 409 : 200 });
}) satisfies RequestHandler;
