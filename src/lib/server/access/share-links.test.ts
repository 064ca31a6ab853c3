import { beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '$lib/domain/campaign';
import { useTempDatabases } from '../../../../tests/support/temp-database';
import { TEST_CAMPAIGN } from '../../../../tests/support/test-campaign';
import { saveCampaign } from '../campaign-store';
import type { Db } from '../database';
import { AccountStore, type Account } from './accounts';
import { hashSecretToken } from './secret-token';
import { DEFAULT_SHARE_DAYS, ShareLinkStore } from './share-links';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2026-11-25T10:00:00.000Z');

function campaign(id: string): Campaign {
	return { ...TEST_CAMPAIGN, id, name: `Campaign ${id}` };
}

const openTempDatabase = useTempDatabases('share-links');
let db: Db;
let now: Date;
let links: ShareLinkStore;
let owner: Account;

const later = (ms: number) => {
	now = new Date(now.getTime() + ms);
};
const share = (campaignId: string, days?: number) =>
	links.create({ campaignId, view: 'live?metric=views', createdBy: owner.id, days });

beforeEach(() => {
	db = openTempDatabase();
	now = start;
	saveCampaign(db, campaign('launch'), start);
	saveCampaign(db, campaign('holiday'), start);
	owner = new AccountStore(db, { now: () => now }).create({
		email: 'owner@example.com',
		name: 'Owner',
		passwordHash: 'h'
	})!;
	links = new ShareLinkStore(db, { now: () => now });
});

describe('ShareLinkStore', () => {
	it('gives out a token whose sha256 is the link id, and stores no copy of the token', () => {
		const { token, link } = share('launch');
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(link).toEqual({
			id: hashSecretToken(token),
			campaignId: 'launch',
			view: 'live?metric=views',
			createdBy: owner.id,
			createdAt: start.toISOString(),
			expiresAt: new Date(start.getTime() + DEFAULT_SHARE_DAYS * DAY).toISOString(),
			revokedAt: null
		});
		expect(DEFAULT_SHARE_DAYS).toBe(14);
		const rows = db.prepare('SELECT * FROM share_link').all() as Record<string, unknown>[];
		expect(rows).toHaveLength(1);
		for (const value of Object.values(rows[0]!)) expect(String(value)).not.toContain(token);
	});

	it('opens a live link by its token, and nothing by its id or an unknown token', () => {
		const { token, link } = share('launch');
		expect(links.open(token)).toEqual({ link, state: 'live' });
		expect(links.open(link.id)).toBeNull();
		expect(links.open('unknown-token')).toBeNull();
	});

	it('reads a link as expired once its days have passed', () => {
		const { token } = share('launch', 3);
		later(3 * DAY - 1);
		expect(links.open(token)?.state).toBe('live');
		later(1);
		expect(links.open(token)?.state).toBe('expired');
	});

	it('reads a revoked link as revoked at once, and revokes it only once', () => {
		const { token, link } = share('launch');
		later(1000);
		expect(links.revoke(link.id, 'launch')).toBe(true);
		expect(links.open(token)).toEqual({
			link: { ...link, revokedAt: now.toISOString() },
			state: 'revoked'
		});
		expect(links.revoke(link.id, 'launch')).toBe(false);
		later(30 * DAY);
		expect(links.open(token)?.state).toBe('revoked');
	});

	it('does nothing when asked to revoke another campaign’s link', () => {
		const { token, link } = share('launch');
		expect(links.revoke(link.id, 'holiday')).toBe(false);
		expect(links.open(token)).toEqual({ link, state: 'live' });
	});

	it('lists a campaign’s links newest first with their state now', () => {
		const first = share('launch', 1);
		later(1000);
		const second = share('launch');
		later(1000);
		const third = share('launch');
		share('holiday');
		links.revoke(second.link.id, 'launch');
		later(DAY);
		expect(links.list('launch').map((l) => [l.id, l.state])).toEqual([
			[third.link.id, 'live'],
			[second.link.id, 'revoked'],
			[first.link.id, 'expired']
		]);
		expect(links.list('holiday').map((l) => l.campaignId)).toEqual(['holiday']);
		expect(links.list('nowhere')).toEqual([]);
	});
});
