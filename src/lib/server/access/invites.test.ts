import { beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '$lib/domain/campaign';
import { useTempDatabases } from '../../../../tests/support/temp-database';
import { MX_MARKET, TEST_CAMPAIGN, US_MARKET } from '../../../../tests/support/test-campaign';
import { saveCampaign } from '../campaign-store';
import type { Db } from '../database';
import { AccountStore, type Account } from './accounts';
import { DEFAULT_INVITE_DAYS, InviteStore } from './invites';
import { hashSecretToken } from './secret-token';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2026-11-25T10:00:00.000Z');

/** A campaign in the United States and Mexico, where a market lead can be given Mexico. */
function campaign(id: string): Campaign {
	return { ...TEST_CAMPAIGN, id, name: `Campaign ${id}`, markets: [US_MARKET, MX_MARKET] };
}

const openTempDatabase = useTempDatabases('invites');
let db: Db;
let now: Date;
let invites: InviteStore;
let owner: Account;
let guest: Account;

const later = (ms: number) => {
	now = new Date(now.getTime() + ms);
};
const inviteTo = (campaignId: string, days?: number) =>
	invites.create({ campaignId, role: 'market_lead', markets: ['MX'], createdBy: owner.id, days });

beforeEach(() => {
	db = openTempDatabase();
	now = start;
	saveCampaign(db, campaign('launch'), start);
	saveCampaign(db, campaign('holiday'), start);
	const accounts = new AccountStore(db, { now: () => now });
	owner = accounts.create({ email: 'owner@example.com', name: 'Owner', passwordHash: 'h' })!;
	guest = accounts.create({ email: 'guest@example.com', name: 'Guest', passwordHash: 'h' })!;
	invites = new InviteStore(db, { now: () => now });
});

describe('InviteStore', () => {
	it('gives out a token whose sha256 is the invite id, and stores no copy of the token', () => {
		const { token, invite } = inviteTo('launch');
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(invite.id).toBe(hashSecretToken(token));
		const rows = db.prepare('SELECT * FROM invite').all() as Record<string, unknown>[];
		expect(rows).toHaveLength(1);
		expect(rows[0]!.id).toBe(invite.id);
		for (const value of Object.values(rows[0]!)) {
			expect(String(value)).not.toContain(token);
		}
	});

	it('expires a week after creation by default, or after the days asked for', () => {
		expect(DEFAULT_INVITE_DAYS).toBe(7);
		const week = inviteTo('launch').invite;
		expect(week).toMatchObject({
			campaignId: 'launch',
			role: 'market_lead',
			markets: ['MX'],
			createdBy: owner.id,
			createdAt: start.toISOString(),
			expiresAt: new Date(start.getTime() + 7 * DAY).toISOString(),
			usedAt: null,
			usedBy: null,
			revokedAt: null
		});
		expect(inviteTo('launch', 2).invite.expiresAt).toBe(
			new Date(start.getTime() + 2 * DAY).toISOString()
		);
	});

	it('opens a live invite by its token and nothing for an unknown token', () => {
		const { token, invite } = inviteTo('launch');
		expect(invite.id).not.toBe(token);
		expect(invites.open(token)).toEqual({ invite, state: 'live' });
		expect(invites.open(invite.id)).toBeNull();
		expect(invites.open('unknown-token')).toBeNull();
	});

	it('reads an invite as expired once its days have passed', () => {
		const { token } = inviteTo('launch', 2);
		later(2 * DAY - 1);
		expect(invites.open(token)?.state).toBe('live');
		later(1);
		expect(invites.open(token)?.state).toBe('expired');
	});

	it('accepts an invite once, granting its role, and refuses it as used afterwards', () => {
		const { token, invite } = inviteTo('launch');
		later(60_000);
		expect(invites.accept(token, guest.id)).toEqual({
			accountId: guest.id,
			campaignId: 'launch',
			role: 'market_lead',
			markets: ['MX']
		});
		expect(invites.open(token)).toEqual({
			invite: { ...invite, usedAt: now.toISOString(), usedBy: guest.id },
			state: 'used'
		});
		expect(invites.accept(token, owner.id)).toBe('used');
		expect(invites.open(token)?.invite.usedBy).toBe(guest.id);
	});

	it('refuses an expired invite without using it, and an unknown token with null', () => {
		const { token } = inviteTo('launch', 1);
		later(DAY);
		expect(invites.accept(token, guest.id)).toBe('expired');
		expect(invites.open(token)?.invite.usedAt).toBeNull();
		expect(invites.accept('unknown-token', guest.id)).toBeNull();
	});

	it('revokes an unused invite of its own campaign only', () => {
		const { token, invite } = inviteTo('launch');
		expect(invites.revoke(invite.id, 'holiday')).toBe(false);
		expect(invites.open(token)?.state).toBe('live');
		later(1000);
		expect(invites.revoke(invite.id, 'launch')).toBe(true);
		expect(invites.open(token)).toMatchObject({
			invite: { revokedAt: now.toISOString() },
			state: 'revoked'
		});
		expect(invites.revoke(invite.id, 'launch')).toBe(false);
		expect(invites.accept(token, guest.id)).toBe('revoked');
	});

	it('does not revoke an invite that was already used', () => {
		const { token, invite } = inviteTo('launch');
		invites.accept(token, guest.id);
		expect(invites.revoke(invite.id, 'launch')).toBe(false);
		expect(invites.open(token)).toMatchObject({ invite: { revokedAt: null }, state: 'used' });
	});

	it('lists a campaign’s invites newest first with their state now', () => {
		const first = inviteTo('launch', 1);
		later(1000);
		const second = inviteTo('launch');
		later(1000);
		const third = inviteTo('launch');
		inviteTo('holiday');
		invites.accept(second.token, guest.id);
		invites.revoke(third.invite.id, 'launch');
		later(DAY);
		expect(invites.list('launch').map((i) => [i.id, i.state])).toEqual([
			[third.invite.id, 'revoked'],
			[second.invite.id, 'used'],
			[first.invite.id, 'expired']
		]);
		expect(invites.list('holiday')).toHaveLength(1);
		expect(invites.list('holiday')[0]!.state).toBe('live');
	});
});
