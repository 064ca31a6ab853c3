import { error, json } from '@sveltejs/kit';
import { annotationOf, requireChange, write } from '$lib/server/annotations/annotation-service';
import { requireAccess } from '$lib/server/http/guard';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

/** Adds a position to a disagreement (JSON: party, reading, argument); any member may. */
export const POST = (async (event) => {
	const allowed = await requireAccess(event, 'read');
	const annotation = annotationOf(allowed, event.params.annotation);
	requireChange(allowed, 'add_position', annotation);
	const position = await event.request
		.json()
		.catch(() => error(400, m.refusal_send_position_json()));
	const saved = write(allowed, 'position_added', annotation.id, () =>
		allowed.context.annotations.addPosition(
			allowed.campaignId,
			annotation.id,
			{ ...position, accountId: allowed.actor!.id },
			allowed.actor!.id
		)
	);
	return json(saved);
}) satisfies RequestHandler;
