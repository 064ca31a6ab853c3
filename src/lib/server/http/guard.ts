import { error, type RequestEvent } from '@sveltejs/kit';
import {
	ownMarkets,
	refusalOf,
	type Access,
	type Action,
	type Membership
} from '$lib/domain/access';
import { refusalText } from '$lib/i18n/refusal-text';
import { m } from '$lib/paraglide/messages';
import { appContext, type AppContext } from '../app-context';
import { campaignAccess, type SharedAccess } from '../access/campaign-access';
import type { Account } from '../access/accounts';
import { SHARE_COOKIE } from './cookies';

/** What a checked request may go on with. */
export interface Allowed {
	context: AppContext;
	access: Access;
	/** The account acting, for the record; null for a share-link visitor. */
	actor: Account | null;
	campaignId: string;
}

/** Whoever is asking about the campaign in the request's path. */
export async function accessOf(event: RequestEvent): Promise<Membership | SharedAccess | null> {
	const context = await appContext();
	return campaignAccess(
		context.people,
		event.locals.account,
		event.cookies.get(SHARE_COOKIE),
		campaignIdOf(event)
	);
}

/**
 * Refuses the request unless whoever is asking may take `action` in the campaign of its path
 * (and, for market-scoped actions, on an item of `markets`, or of their own markets with
 * `'own'`): 401 when nobody is signed in, 403 otherwise, with the reason worded in the
 * request's language. Every form action and endpoint that reads or changes a campaign calls it
 * first.
 */
export async function requireAccess(
	event: RequestEvent,
	action: Action,
	target: { markets?: readonly string[] | 'own' } = {}
): Promise<Allowed> {
	const context = await appContext();
	const campaignId = campaignIdOf(event);
	const access = await accessOf(event);
	if (access === null && event.locals.account) error(403, m.refusal_not_a_member());
	// 'own': the action on some item within the asker's own markets (a form that saves many).
	const markets = target.markets === 'own' ? ownMarkets(access) : target.markets;
	const refusal = refusalOf(access, action, { campaignId, markets });
	if (refusal) error(access === null ? 401 : 403, refusalText(refusal));
	return { context, access, actor: event.locals.account, campaignId };
}

function campaignIdOf(event: RequestEvent): string {
	const id = event.params.id;
	if (!id) throw new Error(`${event.route.id} is not a campaign route`);
	return id;
}
