import { error, type RequestEvent } from '@sveltejs/kit';
import type { Campaign } from '$lib/domain/campaign';
import { m } from '$lib/paraglide/messages';
import type { AppContext } from '../app-context';
import { findCampaign } from '../campaign-store';
import { requireAccess } from '../http/guard';
import { problemText } from '$lib/i18n/problem-text';
import { retroOptionsOf, type RetroOptions } from './retro-options';
import { retroOf, retroText, type RetroFormat } from './retro-service';

/** What a retrospective request reads: the store, the campaign, and its checked query. */
export interface RetroRequest {
	context: AppContext;
	campaign: Campaign;
	options: RetroOptions;
}

/**
 * Checks a request for a campaign's retrospective: who may read it (401/403), that the
 * campaign exists (404) and that `as_of` and `days` make sense (400, saying which is wrong).
 */
export async function retroRequest(event: RequestEvent): Promise<RetroRequest> {
	const { context, campaignId } = await requireAccess(event, 'read');
	const campaign = findCampaign(context.db, campaignId);
	if (!campaign) error(404, m.refusal_campaign_unknown({ id: campaignId }));
	const query = retroOptionsOf(event.url.searchParams);
	if (!query.ok) error(400, `${query.param}: ${problemText(query.problem)}`);
	return { context, campaign, options: query.options };
}

const CONTENT_TYPES: Record<RetroFormat, string> = {
	md: 'text/markdown; charset=utf-8',
	html: 'text/html; charset=utf-8'
};

/** The retrospective as a file to download, the same text `parallax retro --format` prints. */
export async function retroDownload(event: RequestEvent, format: RetroFormat): Promise<Response> {
	const { context, campaign, options } = await retroRequest(event);
	const text = retroText(await retroOf(context, campaign, options), format);
	return new Response(text, {
		headers: {
			'content-type': CONTENT_TYPES[format],
			'content-disposition': `attachment; filename="${campaign.id}-retro.${format}"`,
			'cache-control': 'no-store'
		}
	});
}
