import { beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '$lib/domain/campaign';
import { useTempDatabases } from '../../../../tests/support/temp-database';
import { MX_MARKET, TEST_CAMPAIGN, US_MARKET } from '../../../../tests/support/test-campaign';
import { saveCampaign } from '../campaign-store';
import type { Db } from '../database';
import { AccountStore, type Account } from './accounts';
import { MembershipStore } from './memberships';

const start = new Date('2026-11-25T10:00:00.000Z');

/** A campaign in the United States and Mexico, where a market lead can be given Mexico. */
function campaign(id: string): Campaign {
	return { ...TEST_CAMPAIGN, id, name: `Campaign ${id}`, markets: [US_MARKET, MX_MARKET] };
}

const openTempDatabase = useTempDatabases('memberships');
let db: Db;
let now: Date;
let memberships: MembershipStore;
let ana: Account;
let bea: Account;
let caio: Account;

beforeEach(() => {
	db = openTempDatabase();
	now = start;
	saveCampaign(db, campaign('launch'), start);
	saveCampaign(db, campaign('holiday'), start);
	const accounts = new AccountStore(db, { now: () => now });
	// Names chosen so that alphabetical order differs from role order.
	ana = accounts.create({ email: 'ana@example.com', name: 'Ana', passwordHash: 'h' })!;
	bea = accounts.create({ email: 'bea@example.com', name: 'Bea', passwordHash: 'h' })!;
	caio = accounts.create({ email: 'caio@example.com', name: 'Caio', passwordHash: 'h' })!;
	memberships = new MembershipStore(db, { now: () => now });
});

describe('MembershipStore', () => {
	it('grants a role and finds it for that campaign only', () => {
		memberships.grant(
			{ accountId: ana.id, campaignId: 'launch', role: 'market_lead', markets: ['MX'] },
			caio.id
		);
		expect(memberships.find(ana.id, 'launch')).toEqual({
			accountId: ana.id,
			campaignId: 'launch',
			role: 'market_lead',
			markets: ['MX']
		});
		expect(memberships.find(ana.id, 'holiday')).toBeNull();
		expect(memberships.find(bea.id, 'launch')).toBeNull();
		expect(db.prepare('SELECT created_at, created_by FROM membership').get()).toEqual({
			created_at: start.toISOString(),
			created_by: caio.id
		});
	});

	it('replaces the role and markets on a second grant instead of adding a row', () => {
		memberships.grant(
			{ accountId: ana.id, campaignId: 'launch', role: 'market_lead', markets: ['MX'] },
			null
		);
		memberships.grant(
			{ accountId: ana.id, campaignId: 'launch', role: 'viewer', markets: ['US', 'MX'] },
			null
		);
		expect(memberships.find(ana.id, 'launch')).toMatchObject({
			role: 'viewer',
			markets: ['US', 'MX']
		});
		expect(db.prepare('SELECT count(*) AS n FROM membership').get()).toEqual({ n: 1 });
	});

	it('refuses an unknown role or a market code that is not one', () => {
		expect(() =>
			memberships.grant(
				{ accountId: ana.id, campaignId: 'launch', role: 'king' as 'viewer', markets: [] },
				null
			)
		).toThrow();
		expect(() =>
			memberships.grant(
				{ accountId: ana.id, campaignId: 'launch', role: 'viewer', markets: ['mexico'] },
				null
			)
		).toThrow();
		expect(memberships.find(ana.id, 'launch')).toBeNull();
	});

	it('lists the campaigns an account belongs to', () => {
		memberships.grant(
			{ accountId: ana.id, campaignId: 'launch', role: 'viewer', markets: [] },
			null
		);
		memberships.grant(
			{ accountId: ana.id, campaignId: 'holiday', role: 'recorder', markets: [] },
			null
		);
		memberships.grant(
			{ accountId: bea.id, campaignId: 'launch', role: 'viewer', markets: [] },
			null
		);
		expect(memberships.campaignsOf(ana.id).sort()).toEqual(['holiday', 'launch']);
		expect(memberships.campaignsOf(bea.id)).toEqual(['launch']);
		expect(memberships.campaignsOf(caio.id)).toEqual([]);
	});

	it('lists a campaign’s members owners first, with name, email and since', () => {
		memberships.grant(
			{ accountId: ana.id, campaignId: 'launch', role: 'viewer', markets: [] },
			null
		);
		memberships.grant(
			{ accountId: bea.id, campaignId: 'launch', role: 'market_lead', markets: ['US'] },
			null
		);
		now = new Date(start.getTime() + 60_000);
		memberships.grant(
			{ accountId: caio.id, campaignId: 'launch', role: 'campaign_owner', markets: [] },
			null
		);
		memberships.grant(
			{ accountId: ana.id, campaignId: 'holiday', role: 'campaign_owner', markets: [] },
			null
		);
		const list = memberships.list('launch');
		expect(list.map((m) => [m.name, m.role])).toEqual([
			['Caio', 'campaign_owner'],
			['Bea', 'market_lead'],
			['Ana', 'viewer']
		]);
		expect(list[0]).toEqual({
			accountId: caio.id,
			campaignId: 'launch',
			role: 'campaign_owner',
			markets: [],
			name: 'Caio',
			email: 'caio@example.com',
			since: new Date(start.getTime() + 60_000).toISOString()
		});
		expect(list[1]!.markets).toEqual(['US']);
	});

	it('leaves disabled accounts out of the list', () => {
		memberships.grant(
			{ accountId: ana.id, campaignId: 'launch', role: 'viewer', markets: [] },
			null
		);
		memberships.grant(
			{ accountId: bea.id, campaignId: 'launch', role: 'viewer', markets: [] },
			null
		);
		db.prepare('UPDATE account SET disabled_at = ? WHERE id = ?').run(start.toISOString(), ana.id);
		expect(memberships.list('launch').map((m) => m.name)).toEqual(['Bea']);
	});

	it('counts the accounts holding a role in one campaign', () => {
		memberships.grant(
			{ accountId: ana.id, campaignId: 'launch', role: 'campaign_owner', markets: [] },
			null
		);
		memberships.grant(
			{ accountId: bea.id, campaignId: 'launch', role: 'campaign_owner', markets: [] },
			null
		);
		memberships.grant(
			{ accountId: caio.id, campaignId: 'launch', role: 'viewer', markets: [] },
			null
		);
		memberships.grant(
			{ accountId: caio.id, campaignId: 'holiday', role: 'campaign_owner', markets: [] },
			null
		);
		expect(memberships.countWithRole('launch', 'campaign_owner')).toBe(2);
		expect(memberships.countWithRole('launch', 'viewer')).toBe(1);
		expect(memberships.countWithRole('launch', 'recorder')).toBe(0);
		expect(memberships.countWithRole('holiday', 'campaign_owner')).toBe(1);
	});

	it('removes an account from one campaign and says whether it was there', () => {
		memberships.grant(
			{ accountId: ana.id, campaignId: 'launch', role: 'viewer', markets: [] },
			null
		);
		memberships.grant(
			{ accountId: ana.id, campaignId: 'holiday', role: 'viewer', markets: [] },
			null
		);
		expect(memberships.remove(ana.id, 'launch')).toBe(true);
		expect(memberships.remove(ana.id, 'launch')).toBe(false);
		expect(memberships.find(ana.id, 'launch')).toBeNull();
		expect(memberships.find(ana.id, 'holiday')).not.toBeNull();
	});
});
