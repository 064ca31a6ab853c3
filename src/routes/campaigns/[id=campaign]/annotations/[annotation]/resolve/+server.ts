import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { annotationOf, requireChange, write } from '$lib/server/annotations/annotation-service';
import { requireAccess } from '$lib/server/http/guard';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

const bodySchema = z.object({ outcome: z.string().trim().min(1), base: z.number().int().min(1) });

/** Settles a disagreement (JSON `{ outcome, base }`): its author or a campaign owner; 409 when stale. */
export const POST = (async (event) => {
	const allowed = await requireAccess(event, 'read');
	const annotation = annotationOf(allowed, event.params.annotation);
	requireChange(allowed, 'resolve', annotation);
	const body = bodySchema.safeParse(await event.request.json().catch(() => null));
	if (!body.success) error(400, m.refusal_send_json({ fields: '{ outcome, base }' }));
	const result = write(allowed, 'disagreement_resolved', annotation.id, () =>
		allowed.context.annotations.resolve(
			allowed.campaignId,
			annotation.id,
			body.data.outcome,
			allowed.actor!.id,
			body.data.base
		)
	);
	return json(result, { status: 'stale' in result ? 409 : 200 });
}) satisfies RequestHandler;
