import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { signOffDefinition } from '$lib/server/definitions/definition-service';
import { requireAccess } from '$lib/server/http/guard';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

const bodySchema = z.object({ version: z.number().int().min(1) });

/** Signs off a version of a definition (JSON `{ version }`); answers with the version after it. */
export const POST = (async (event) => {
	const allowed = await requireAccess(event, 'sign_off_definition', { markets: 'own' });
	const body = bodySchema.safeParse(await event.request.json().catch(() => null));
	if (!body.success) error(400, m.refusal_send_json({ fields: '{ version }' }));
	return json(signOffDefinition(allowed, event.params.definition, body.data.version));
}) satisfies RequestHandler;
