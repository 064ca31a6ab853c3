import { error, redirect } from '@sveltejs/kit';
import { appContext } from '$lib/server/app-context';
import { linkRefusal } from '$lib/server/access/link-state';
import { setShareCookie } from '$lib/server/http/cookies';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

/**
 * Opens a share link: the token moves into a cookie scoped to its campaign, so that it leaves
 * the address bar, and the browser goes on to the shared view.
 */
export const GET = (async ({ params, cookies }) => {
	const { people } = await appContext();
	const opened = people.shareLinks.open(params.token);
	if (!opened) error(404, m.refusal_share_link_unknown());
	if (opened.state !== 'live') error(410, linkRefusal('share_link', opened.state));
	const { link } = opened;
	setShareCookie(cookies, params.token, link.campaignId, new Date(link.expiresAt), people.now());
	redirect(303, `/campaigns/${link.campaignId}/${link.view}`);
}) satisfies RequestHandler;
