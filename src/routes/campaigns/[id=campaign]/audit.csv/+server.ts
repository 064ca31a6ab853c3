import { auditCsv } from '$lib/server/access/audit-log';
import { requireAccess } from '$lib/server/http/guard';
import type { RequestHandler } from './$types';

/** The campaign's audit record as CSV: who created, changed, signed off or hid what, and when. */
export const GET = (async (event) => {
	const { context, campaignId } = await requireAccess(event, 'read');
	const csv = auditCsv(context.people.audit.list({ campaignId }));
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${campaignId}-audit.csv"`,
			'cache-control': 'no-store'
		}
	});
}) satisfies RequestHandler;
