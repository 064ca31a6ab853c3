import { toRejectsCsv } from '$lib/ingest/rejects-csv';
import { attachmentDisposition } from '$lib/server/http/attachment';
import { requireAccess } from '$lib/server/http/guard';
import { importOf } from '$lib/server/import-request';
import type { RequestHandler } from './$types';

/** The rows the import rejected, as CSV: file, line, column, value and reason. */
export const GET = (async (event) => {
	const allowed = await requireAccess(event, 'read');
	const entry = importOf(allowed, event.params.import);
	const stem = entry.fileName.replace(/\.[^./\\]*$/, '');
	return new Response(toRejectsCsv(entry.report), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': attachmentDisposition(`${stem}-rejects.csv`),
			'cache-control': 'no-store'
		}
	});
}) satisfies RequestHandler;
