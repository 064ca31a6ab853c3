import type { Membership } from '$lib/domain/access';
import type { Account } from './accounts';
import type { People } from './people';
import type { ShareLink } from './share-links';

/** A share link's access with the link itself, so the shared view can be told apart. */
export interface SharedAccess {
	shareLinkId: string;
	campaignId: string;
	link: ShareLink;
}

/**
 * What a signed-in account may do in a campaign: its membership there, or owner of every
 * campaign for an administrator, or null.
 */
export function memberAccess(
	people: People,
	account: Account,
	campaignId: string
): Membership | null {
	if (account.isAdmin) {
		return { accountId: account.id, campaignId, role: 'campaign_owner', markets: [] };
	}
	return people.memberships.find(account.id, campaignId);
}

/** The access a share-link token grants to a campaign, or null when it is unknown, expired or revoked. */
export function sharedAccess(
	people: People,
	token: string | undefined,
	campaignId: string
): SharedAccess | null {
	if (!token) return null;
	const opened = people.shareLinks.open(token);
	if (!opened || opened.state !== 'live' || opened.link.campaignId !== campaignId) return null;
	return { shareLinkId: opened.link.id, campaignId, link: opened.link };
}

/** Whoever is asking, for a campaign: a member first, then a share link. */
export function campaignAccess(
	people: People,
	account: Account | null,
	shareToken: string | undefined,
	campaignId: string
): Membership | SharedAccess | null {
	const member = account ? memberAccess(people, account, campaignId) : null;
	return member ?? sharedAccess(people, shareToken, campaignId);
}

// What every view loads besides its page: the facts the charts read.
const SHARED_DATA = new Set(['facts.arrow']);

/**
 * Whether a share link opens a path inside its campaign: its own view (with SvelteKit's data
 * request for it) and the data views load, nothing else.
 */
export function shareOpensPath(link: ShareLink, pathInCampaign: string): boolean {
	const path = pathInCampaign.replace(/^\/+/, '').replace(/\/?__data\.json$/, '');
	const view = link.view.split('?')[0]!.replace(/^\/+|\/+$/g, '');
	return path === view || SHARED_DATA.has(path);
}
