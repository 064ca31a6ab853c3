import { error } from '@sveltejs/kit';
import { findCampaign } from '$lib/server/campaign-store';
import { requireAccess } from '$lib/server/http/guard';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

/** The campaign's canonical facts as an Arrow IPC stream, loaded by duckdb-wasm without re-parsing. */
export const GET = (async (event) => {
	const { context } = await requireAccess(event, 'read');
	const { params } = event;
	if (!findCampaign(context.db, params.id))
		error(404, m.refusal_campaign_unknown({ id: params.id }));
	const ipc = await context.facts.factsArrow(params.id);
	return new Response(new Blob([ipc as Uint8Array<ArrayBuffer>]), {
		headers: {
			'content-type': 'application/vnd.apache.arrow.stream',
			'cache-control': 'no-store'
		}
	});
}) satisfies RequestHandler;
