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

/** Why a link no longer opens, as a sentence for the person who followed it. */
export function explainLinkState(kind: 'invite' | 'share link', state: LinkState): string {
	switch (state) {
		case 'expired':
			return `This ${kind} has expired. Ask the campaign owner for a new one.`;
		case 'revoked':
			return `This ${kind} was withdrawn by the campaign owner.`;
		case 'used':
			return `This ${kind} has already been used. Sign in instead, or ask for a new one.`;
		case 'live':
			return `This ${kind} is valid.`;
	}
}
