import { exportDefinitions } from '$lib/server/definitions/definitions-file';
import { requireAccess } from '$lib/server/http/guard';
import type { RequestHandler } from './$types';

/** The campaign's latest success definitions as YAML (definitions as code). */
export const GET = (async (event) => {
	const allowed = await requireAccess(event, 'read');
	return new Response(exportDefinitions(allowed), {
		headers: {
			'content-type': 'application/yaml; charset=utf-8',
			'content-disposition': `attachment; filename="${allowed.campaignId}-definitions.yaml"`,
			'cache-control': 'no-store'
		}
	});
}) satisfies RequestHandler;
