import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { AppContext } from '../app-context';
import { campaignAccess, shareOpensPath } from '../access/campaign-access';
import { SHARE_COOKIE } from './cookies';
import { signInPath } from './next-path';
import { m } from '$lib/paraglide/messages';

// Pages anyone may open: the first-start form, signing in, and following a link.
const PUBLIC_ROUTES = new Set(['/setup', '/sign-in', '/invite/[token]', '/share/[token]']);
const CAMPAIGN_ROUTES = '/campaigns/[id=campaign]';

/**
 * Lets a request through only when someone may read what it asks for. Writes are checked
 * again, per action, by `requireAccess`; this is the default for everything else, so that a
 * new page or endpoint is closed until it says otherwise.
 */
export function gate(event: RequestEvent, context: AppContext): void {
	const route = event.route.id;
	if (route === null || PUBLIC_ROUTES.has(route)) return;
	if (!context.singleUserAccount && !context.people.accounts.hasAdministrator()) {
		redirect(303, '/setup');
	}
	if (route.startsWith(CAMPAIGN_ROUTES)) return gateCampaign(event, context);
	if (!event.locals.account) refuseAnonymous(event);
}

function gateCampaign(event: RequestEvent, context: AppContext): void {
	const campaignId = event.params.id!;
	const access = campaignAccess(
		context.people,
		event.locals.account,
		event.cookies.get(SHARE_COOKIE),
		campaignId
	);
	if (access === null) {
		if (event.locals.account) error(403, m.refusal_not_a_member());
		refuseAnonymous(event);
	}
	if ('link' in access) {
		const inCampaign = event.url.pathname.slice(`/campaigns/${campaignId}`.length);
		if (!shareOpensPath(access.link, inCampaign)) {
			error(403, m.refusal_share_link_one_view());
		}
	}
}

function refuseAnonymous(event: RequestEvent): never {
	const wantsPage =
		event.isDataRequest || (event.request.headers.get('accept') ?? '').includes('text/html');
	if (event.request.method === 'GET' && wantsPage) {
		redirect(303, signInPath(event.url.pathname + event.url.search));
	}
	error(401, m.refusal_sign_in_first());
}
