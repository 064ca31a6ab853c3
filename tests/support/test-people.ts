import type { Account } from '$lib/server/access/accounts';
import type { People } from '$lib/server/access/people';

// '!' is no password hash, so nobody can sign in as these accounts: tests act as them directly.
const NO_PASSWORD = '!';

const MEMBERS = {
	campaign_owner: { email: 'owner@example.com', name: 'Olga Owner' },
	viewer: { email: 'viewer@example.com', name: 'Vic Viewer' }
};

/** Ada Admin (`admin@example.com`): an administrator, so owner of every campaign without a membership. */
export function createAdmin(people: People): Account {
	return people.accounts.create({
		email: 'admin@example.com',
		name: 'Ada Admin',
		passwordHash: NO_PASSWORD,
		isAdmin: true
	})!;
}

/**
 * A member of the saved campaign `campaignId` over all its markets, granted by `grantedBy`: Olga
 * Owner (`owner@example.com`) as its owner, or Vic Viewer (`viewer@example.com`) as a viewer.
 */
export function createMember(
	people: People,
	campaignId: string,
	role: keyof typeof MEMBERS,
	grantedBy: Account
): Account {
	const account = people.accounts.create({ ...MEMBERS[role], passwordHash: NO_PASSWORD })!;
	people.memberships.grant({ accountId: account.id, campaignId, role, markets: [] }, grantedBy.id);
	return account;
}
