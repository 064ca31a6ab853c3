import type { Db } from '../database';
import { AccountStore } from './accounts';
import { AuditLog } from './audit-log';
import { InviteStore } from './invites';
import { LoginThrottle, type ThrottlePolicy } from './login-throttle';
import { MembershipStore } from './memberships';
import { ShareLinkStore } from './share-links';
import { SessionStore, type Clock, type SessionPolicy } from './sessions';

/** Everything that knows who people are and what they may do, over one database and one clock. */
export interface People {
	accounts: AccountStore;
	sessions: SessionStore;
	memberships: MembershipStore;
	invites: InviteStore;
	shareLinks: ShareLinkStore;
	throttle: LoginThrottle;
	audit: AuditLog;
	now: Clock;
}

/** The people services; tests pass a fake clock and short policies. */
export function createPeople(
	db: Db,
	options: { now?: Clock; sessionPolicy?: SessionPolicy; throttlePolicy?: ThrottlePolicy } = {}
): People {
	const now = options.now ?? (() => new Date());
	return {
		accounts: new AccountStore(db, { now }),
		sessions: new SessionStore(db, { now, policy: options.sessionPolicy }),
		memberships: new MembershipStore(db, { now }),
		invites: new InviteStore(db, { now }),
		shareLinks: new ShareLinkStore(db, { now }),
		throttle: new LoginThrottle(db, { now, policy: options.throttlePolicy }),
		audit: new AuditLog(db, { now }),
		now
	};
}
