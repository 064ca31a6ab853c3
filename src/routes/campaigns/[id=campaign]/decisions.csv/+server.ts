import { requireAccess } from '$lib/server/http/guard';
import { personName, toDecisionCsv } from '../decisions/decision-log';
import { readDecisionLog } from '../decisions/decision-log.server';
import type { RequestHandler } from './$types';

/** The decision log as CSV, narrowed by the same filters as the page (`?kind=decision&market=MX`). */
export const GET = (async (event) => {
	const allowed = await requireAccess(event, 'read');
	const log = readDecisionLog(allowed, event.url);
	const csv = toDecisionCsv(log.shown, (id) => personName(log.names, id));
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${allowed.campaignId}-decisions.csv"`,
			'cache-control': 'no-store'
		}
	});
}) satisfies RequestHandler;
