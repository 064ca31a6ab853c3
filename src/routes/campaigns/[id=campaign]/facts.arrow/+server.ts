import { error } from '@sveltejs/kit';
import { appContext } from '$lib/server/app-context';
import { findCampaign } from '$lib/server/campaign-store';
import type { RequestHandler } from './$types';

/** The campaign's canonical facts as an Arrow IPC stream, loaded by duckdb-wasm without re-parsing. */
export const GET = (async ({ params }) => {
	const context = await appContext();
	if (!findCampaign(context.db, params.id)) error(404, `No campaign with id ${params.id}`);
	const ipc = await context.facts.factsArrow(params.id);
	return new Response(new Blob([ipc as Uint8Array<ArrayBuffer>]), {
		headers: {
			'content-type': 'application/vnd.apache.arrow.stream',
			'cache-control': 'no-store'
		}
	});
}) satisfies RequestHandler;
