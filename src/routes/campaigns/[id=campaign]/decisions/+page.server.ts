import { requireAccess } from '$lib/server/http/guard';
import { readDecisionLog } from './decision-log.server';
import type { PageServerLoad } from './$types';

/** The decision log: the campaign's annotations narrowed by the filters in the URL. */
export const load = (async (event) => {
	const allowed = await requireAccess(event, 'read');
	event.depends('parallax:annotations');
	return readDecisionLog(allowed, event.url);
}) satisfies PageServerLoad;
