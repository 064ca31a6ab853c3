import { beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '$lib/domain/campaign';
import { useTempDatabases } from '../../../../tests/support/temp-database';
import { TEST_CAMPAIGN } from '../../../../tests/support/test-campaign';
import { saveCampaign } from '../campaign-store';
import type { Db } from '../database';
import type { Account } from './accounts';
import { campaignAccess, memberAccess, sharedAccess, shareOpensPath } from './campaign-access';
import { createPeople, type People } from './people';
import type { ShareLink } from './share-links';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2026-11-25T10:00:00.000Z');

function campaign(id: string): Campaign {
	return { ...TEST_CAMPAIGN, id, name: `Campaign ${id}` };
}

const openTempDatabase = useTempDatabases('campaign-access');
let db: Db;
let now: Date;
let people: People;
let admin: Account;
let lead: Account;
let outsider: Account;

const share = (campaignId: string, days?: number) =>
	people.shareLinks.create({ campaignId, view: 'live?metric=views', createdBy: admin.id, days });

beforeEach(() => {
	db = openTempDatabase();
	now = start;
	people = createPeople(db, { now: () => now });
	saveCampaign(db, campaign('launch'), start);
	saveCampaign(db, campaign('holiday'), start);
	const create = (name: string, isAdmin = false) =>
		people.accounts.create({ email: `${name}@example.com`, name, passwordHash: 'h', isAdmin })!;
	admin = create('admin', true);
	lead = create('lead');
	outsider = create('outsider');
	people.memberships.grant(
		{ accountId: lead.id, campaignId: 'launch', role: 'market_lead', markets: ['BR'] },
		admin.id
	);
});

describe('memberAccess', () => {
	it('makes an administrator owner of every campaign, over every market', () => {
		expect(memberAccess(people, admin, 'holiday')).toEqual({
			accountId: admin.id,
			campaignId: 'holiday',
			role: 'campaign_owner',
			markets: []
		});
	});

	it('gives a member their membership, and nothing in a campaign they are not in', () => {
		expect(memberAccess(people, lead, 'launch')).toEqual({
			accountId: lead.id,
			campaignId: 'launch',
			role: 'market_lead',
			markets: ['BR']
		});
		expect(memberAccess(people, lead, 'holiday')).toBeNull();
		expect(memberAccess(people, outsider, 'launch')).toBeNull();
	});
});

describe('sharedAccess', () => {
	it('grants a live link of the campaign', () => {
		const { token, link } = share('launch');
		expect(sharedAccess(people, token, 'launch')).toEqual({
			shareLinkId: link.id,
			campaignId: 'launch',
			link
		});
	});

	it('grants nothing for another campaign, an expired, a revoked or an unknown link', () => {
		const { token } = share('launch');
		expect(sharedAccess(people, token, 'holiday')).toBeNull();
		expect(sharedAccess(people, 'unknown-token', 'launch')).toBeNull();
		expect(sharedAccess(people, undefined, 'launch')).toBeNull();
		expect(sharedAccess(people, '', 'launch')).toBeNull();

		const revoked = share('launch');
		people.shareLinks.revoke(revoked.link.id, 'launch');
		expect(sharedAccess(people, revoked.token, 'launch')).toBeNull();

		const short = share('launch', 1);
		now = new Date(start.getTime() + DAY);
		expect(sharedAccess(people, short.token, 'launch')).toBeNull();
		expect(sharedAccess(people, token, 'launch')).not.toBeNull();
	});
});

describe('campaignAccess', () => {
	it('prefers membership to a share link, and falls back to the link for an outsider', () => {
		const { token, link } = share('launch');
		expect(campaignAccess(people, lead, token, 'launch')).toMatchObject({ role: 'market_lead' });
		expect(campaignAccess(people, outsider, token, 'launch')).toMatchObject({
			shareLinkId: link.id
		});
		expect(campaignAccess(people, null, token, 'launch')).toMatchObject({ shareLinkId: link.id });
		expect(campaignAccess(people, null, undefined, 'launch')).toBeNull();
		expect(campaignAccess(people, outsider, token, 'holiday')).toBeNull();
	});
});

describe('shareOpensPath', () => {
	const link: ShareLink = {
		id: 'x',
		campaignId: 'launch',
		view: 'live?metric=views',
		createdBy: 'a',
		createdAt: start.toISOString(),
		expiresAt: new Date(start.getTime() + DAY).toISOString(),
		revokedAt: null
	};

	it('opens the shared view, its data request and the facts the charts read', () => {
		expect(shareOpensPath(link, '/live')).toBe(true);
		expect(shareOpensPath(link, '/live/__data.json')).toBe(true);
		expect(shareOpensPath(link, '/facts.arrow')).toBe(true);
		expect(shareOpensPath({ ...link, view: '/compare/' }, '/compare')).toBe(true);
	});

	it('opens nothing else in the campaign', () => {
		for (const other of [
			'',
			'/',
			'/__data.json',
			'/data',
			'/people',
			'/people/__data.json',
			'/imports',
			'/audit.csv',
			'/live/edit',
			'/liveextra',
			'/compare'
		]) {
			expect(shareOpensPath(link, other), other).toBe(false);
		}
	});
});
