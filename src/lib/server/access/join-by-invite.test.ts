import { beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '$lib/domain/campaign';
import { useTempDatabases } from '../../../../tests/support/temp-database';
import { MX_MARKET, TEST_CAMPAIGN, US_MARKET } from '../../../../tests/support/test-campaign';
import { saveCampaign } from '../campaign-store';
import type { Db } from '../database';
import type { Account } from './accounts';
import { joinByInvite, type NewAccount } from './join-by-invite';
import { createPeople, type People } from './people';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2026-11-25T10:00:00.000Z');

/** A campaign in the United States and Mexico, where a market lead can be given Mexico. */
function campaign(id: string): Campaign {
	return { ...TEST_CAMPAIGN, id, name: `Campaign ${id}`, markets: [US_MARKET, MX_MARKET] };
}

const newcomer: NewAccount = { email: 'New@Example.com', name: 'Nova', passwordHash: 'nova-hash' };

const openTempDatabase = useTempDatabases('join');
let db: Db;
let now: Date;
let people: People;
let owner: Account;

const later = (ms: number) => {
	now = new Date(now.getTime() + ms);
};
const invite = (role: 'viewer' | 'market_lead' = 'market_lead', days?: number) =>
	people.invites.create({
		campaignId: 'launch',
		role,
		markets: role === 'market_lead' ? ['MX'] : [],
		createdBy: owner.id,
		days
	});
const auditRows = () =>
	db.prepare('SELECT account_id, campaign_id, action, item_kind, item_id, detail FROM audit').all();

beforeEach(() => {
	db = openTempDatabase();
	now = start;
	people = createPeople(db, { now: () => now });
	saveCampaign(db, campaign('launch'), start);
	owner = people.accounts.create({ email: 'owner@example.com', name: 'Owner', passwordHash: 'h' })!;
	people.memberships.grant(
		{ accountId: owner.id, campaignId: 'launch', role: 'campaign_owner', markets: [] },
		null
	);
});

describe('joinByInvite', () => {
	it('makes a new account, grants the invite’s role, uses the invite and records it', () => {
		const { token } = invite();
		later(60_000);
		const result = joinByInvite(db, people, token, newcomer);
		expect(result.joined).toBe(true);
		if (!result.joined) return;
		expect(result.account).toMatchObject({
			email: 'new@example.com',
			name: 'Nova',
			isAdmin: false
		});
		expect(people.accounts.findForSignIn('new@example.com')?.passwordHash).toBe('nova-hash');
		const membership = {
			accountId: result.account.id,
			campaignId: 'launch',
			role: 'market_lead',
			markets: ['MX']
		};
		expect(result.membership).toEqual(membership);
		expect(people.memberships.find(result.account.id, 'launch')).toEqual(membership);
		expect(
			db.prepare('SELECT created_by FROM membership WHERE account_id = ?').get(result.account.id)
		).toEqual({ created_by: owner.id });
		expect(people.invites.open(token)).toMatchObject({
			invite: { usedBy: result.account.id, usedAt: now.toISOString() },
			state: 'used'
		});
		expect(auditRows()).toEqual([
			{
				account_id: result.account.id,
				campaign_id: 'launch',
				action: 'invite_accepted',
				item_kind: 'membership',
				item_id: result.account.id,
				detail: JSON.stringify({ role: 'market_lead', markets: ['MX'], newAccount: true })
			}
		]);
	});

	it('lets an existing account that is not a member join with the account it has', () => {
		const luis = people.accounts.create({
			email: 'luis@example.com',
			name: 'Luis',
			passwordHash: 'h'
		})!;
		const { token } = invite('viewer');
		const result = joinByInvite(db, people, token, luis);
		expect(result).toEqual({
			joined: true,
			account: luis,
			membership: { accountId: luis.id, campaignId: 'launch', role: 'viewer', markets: [] }
		});
		expect(people.accounts.count()).toBe(2);
		expect(people.invites.open(token)?.state).toBe('used');
		expect(auditRows()).toMatchObject([
			{
				account_id: luis.id,
				action: 'invite_accepted',
				detail: expect.stringContaining('"newAccount":false')
			}
		]);
	});

	it('refuses a member of the campaign, keeps their role and leaves the invite unused', () => {
		const { token } = invite('viewer');
		expect(joinByInvite(db, people, token, owner)).toEqual({
			joined: false,
			reason: 'already_member'
		});
		expect(people.memberships.find(owner.id, 'launch')?.role).toBe('campaign_owner');
		expect(people.invites.open(token)?.state).toBe('live');
		expect(auditRows()).toEqual([]);
	});

	it('refuses an administrator, who owns every campaign already, and leaves the invite unused', () => {
		const admin = people.accounts.create({
			email: 'admin@example.com',
			name: 'Admin',
			passwordHash: 'h',
			isAdmin: true
		})!;
		const { token } = invite('viewer');
		expect(joinByInvite(db, people, token, admin)).toEqual({
			joined: false,
			reason: 'already_member'
		});
		expect(people.memberships.find(admin.id, 'launch')).toBeNull();
		expect(people.invites.open(token)?.state).toBe('live');
	});

	it('refuses an unknown token and makes no account', () => {
		invite();
		expect(joinByInvite(db, people, 'not-a-token', newcomer)).toEqual({
			joined: false,
			reason: 'unknown'
		});
		expect(people.accounts.exists(newcomer.email)).toBe(false);
	});

	it('refuses an expired invite and makes no account', () => {
		const { token } = invite('viewer', 1);
		later(DAY);
		expect(joinByInvite(db, people, token, newcomer)).toEqual({ joined: false, reason: 'expired' });
		expect(people.accounts.exists(newcomer.email)).toBe(false);
		expect(people.invites.open(token)?.invite.usedAt).toBeNull();
	});

	it('refuses a revoked invite and makes no account', () => {
		const { token, invite: made } = invite();
		people.invites.revoke(made.id, 'launch');
		expect(joinByInvite(db, people, token, newcomer)).toEqual({ joined: false, reason: 'revoked' });
		expect(people.accounts.exists(newcomer.email)).toBe(false);
	});

	it('refuses a used invite the second time, and the second newcomer gets no account', () => {
		const { token } = invite();
		expect(joinByInvite(db, people, token, newcomer).joined).toBe(true);
		const second = { email: 'second@example.com', name: 'Second', passwordHash: 'h' };
		expect(joinByInvite(db, people, token, second)).toEqual({ joined: false, reason: 'used' });
		expect(people.accounts.exists('second@example.com')).toBe(false);
		expect(people.accounts.count()).toBe(2);
		expect(people.memberships.list('launch')).toHaveLength(2);
	});

	it('undoes everything when making the account fails, leaving the invite live', () => {
		const { token } = invite();
		// The email is taken: the account cannot be made, so nothing of the join may remain.
		const taken = { email: 'OWNER@example.com', name: 'Copycat', passwordHash: 'h' };
		expect(() => joinByInvite(db, people, token, taken)).toThrow();
		expect(people.accounts.count()).toBe(1);
		expect(people.invites.open(token)?.state).toBe('live');
		expect(people.memberships.list('launch')).toHaveLength(1);
		expect(auditRows()).toEqual([]);
	});

	it('rolls back the new account, the role and the use of the invite when recording fails', () => {
		const { token } = invite();
		const failing: People = {
			...people,
			audit: Object.assign(Object.create(people.audit) as People['audit'], {
				record: () => {
					throw new Error('disk full');
				}
			})
		};
		expect(() => joinByInvite(db, failing, token, newcomer)).toThrow('disk full');
		expect(people.accounts.exists(newcomer.email)).toBe(false);
		expect(people.memberships.list('launch')).toHaveLength(1);
		expect(people.invites.open(token)?.state).toBe('live');
	});
});
