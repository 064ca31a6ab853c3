import { m } from '$lib/paraglide/messages';

/** Whether a link (an invite or a share link) can still be opened, and if not, why. */
export type LinkState = 'live' | 'expired' | 'revoked' | 'used';

/** The state of a stored link at `now`; a revoked or used link stays so after it expires. */
export function linkState(
	link: { expiresAt: string; revokedAt: string | null; usedAt?: string | null },
	now: Date
): LinkState {
	if (link.revokedAt) return 'revoked';
	if (link.usedAt) return 'used';
	return new Date(link.expiresAt) <= now ? 'expired' : 'live';
}

const REFUSALS: Record<
	'invite' | 'share_link',
	Record<Exclude<LinkState, 'live'>, () => string>
> = {
	invite: {
		expired: m.refusal_invite_expired,
		revoked: m.refusal_invite_revoked,
		used: m.refusal_invite_used
	},
	share_link: {
		expired: m.refusal_share_link_expired,
		revoked: m.refusal_share_link_revoked,
		used: m.refusal_share_link_used
	}
};

/**
 * Why a link no longer opens, as a sentence for the person who followed it, in the request's
 * language.
 */
export function linkRefusal(
	kind: 'invite' | 'share_link',
	state: Exclude<LinkState, 'live'>
): string {
	return REFUSALS[kind][state]();
}
