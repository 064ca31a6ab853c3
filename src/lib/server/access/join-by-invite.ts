import type { Membership } from '$lib/domain/access';
import type { Db } from '../database';
import type { Account } from './accounts';
import type { LinkState } from './link-state';
import type { People } from './people';

/** Someone new, with a hashed password, joining through an invite. */
export interface NewAccount {
	email: string;
	name: string;
	passwordHash: string;
}

/** What following an invite gave: a place in the campaign, or why not. */
export type JoinResult =
	| { joined: true; account: Account; membership: Membership }
	| { joined: false; reason: 'unknown' | Exclude<LinkState, 'live'> | 'already_member' };

class Refused extends Error {
	constructor(readonly reason: Exclude<JoinResult, { joined: true }>['reason']) {
		super(reason);
	}
}

/**
 * Uses an invite for an existing or a new account, in one transaction: the invite is marked
 * used, the account made (when new) and the role granted together, or nothing happens. Someone
 * who already belongs to the campaign keeps their role and the invite stays unused, so that a
 * viewer invite cannot demote an owner who opens it.
 */
export function joinByInvite(
	db: Db,
	people: People,
	token: string,
	who: Account | NewAccount
): JoinResult {
	try {
		return db
			.transaction((): JoinResult => {
				const opened = people.invites.open(token);
				if (!opened) throw new Refused('unknown');
				if (opened.state !== 'live') throw new Refused(opened.state);
				const existing = 'id' in who ? who : null;
				const campaignId = opened.invite.campaignId;
				if (existing && (existing.isAdmin || people.memberships.find(existing.id, campaignId))) {
					throw new Refused('already_member');
				}
				const account = existing ?? people.accounts.create(who as NewAccount)!;
				const granted = people.invites.accept(token, account.id);
				if (granted === null) throw new Refused('unknown');
				if (typeof granted === 'string') throw new Refused(granted as Exclude<LinkState, 'live'>);
				people.memberships.grant(granted, opened.invite.createdBy);
				people.audit.record({
					accountId: account.id,
					campaignId: granted.campaignId,
					action: 'invite_accepted',
					itemKind: 'membership',
					itemId: account.id,
					detail: { role: granted.role, markets: granted.markets, newAccount: !existing }
				});
				return { joined: true, account, membership: granted };
			})
			.immediate();
	} catch (failure) {
		if (failure instanceof Refused) return { joined: false, reason: failure.reason };
		throw failure;
	}
}
