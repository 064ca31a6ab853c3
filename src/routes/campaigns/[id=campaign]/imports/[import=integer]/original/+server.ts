import { error } from '@sveltejs/kit';
import { attachmentDisposition } from '$lib/server/http/attachment';
import { requireAccess } from '$lib/server/http/guard';
import { importOf } from '$lib/server/import-request';
import { readOriginal } from '$lib/server/import-store';
import type { RequestHandler } from './$types';

/** The import's original file, byte for byte, under the name it was uploaded with. */
export const GET = (async (event) => {
	const allowed = await requireAccess(event, 'read');
	const entry = importOf(allowed, event.params.import);
	let bytes: Uint8Array;
	try {
		bytes = readOriginal(allowed.context.config.dataDir, entry.contentHash);
	} catch {
		error(404, `The original of ${entry.fileName} is no longer in the data folder.`);
	}
	return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
		headers: {
			// The bytes are served as they came: their encoding is whatever the export used.
			'content-type': 'text/csv',
			'content-disposition': attachmentDisposition(entry.fileName),
			'cache-control': 'no-store'
		}
	});
}) satisfies RequestHandler;
