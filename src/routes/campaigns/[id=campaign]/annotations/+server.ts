import { error, json } from '@sveltejs/kit';
import { requireChange, write } from '$lib/server/annotations/annotation-service';
import { requireAccess } from '$lib/server/http/guard';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

/** The campaign's annotations; `?hidden=1` includes the hidden ones. */
export const GET = (async (event) => {
	const { context, campaignId } = await requireAccess(event, 'read');
	const includeHidden = event.url.searchParams.get('hidden') === '1';
	return json(context.annotations.list(campaignId, { includeHidden }));
}) satisfies RequestHandler;

/** Writes a new annotation (JSON: its content); answers 201 with it. */
export const POST = (async (event) => {
	const allowed = await requireAccess(event, 'read');
	requireChange(allowed, 'create', null);
	const content = await event.request
		.json()
		.catch(() => error(400, m.refusal_send_annotation_json()));
	const created = write(allowed, 'annotation_created', null, () =>
		allowed.context.annotations.create(allowed.campaignId, content, allowed.actor!.id)
	);
	return json(created, { status: 201 });
}) satisfies RequestHandler;
