import { clockDate } from '$lib/domain/as-of';
import { BACKUP_EXTENSION } from '$lib/server/backup/backup-format';
import { exportCampaignFile } from '$lib/server/backup/export-campaign';
import { requireAccess } from '$lib/server/http/guard';
import type { RequestHandler } from './$types';

/**
 * The campaign's backup file (docs/backup-format.md) as a download, for its owners: settings,
 * imports with their original files, definitions, annotations and members by email.
 */
export const GET = (async (event) => {
	const { context, actor, campaignId } = await requireAccess(event, 'manage_campaign');
	const { bytes } = await exportCampaignFile(context, campaignId, actor?.id ?? null);
	const day = clockDate(context.config.now);
	return new Response(bytes, {
		headers: {
			'content-type': 'application/gzip',
			'content-disposition': `attachment; filename="${campaignId}-${day}${BACKUP_EXTENSION}"`,
			'content-length': String(bytes.length),
			'cache-control': 'no-store'
		}
	});
}) satisfies RequestHandler;
