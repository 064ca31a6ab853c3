import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '$lib/domain/campaign';
import type { DefinitionContent } from '$lib/domain/definitions';
import { BR_MARKET, US_MARKET } from '../../../tests/support/test-campaign';
import type { Account } from './access/accounts';
import { createPeople, type People } from './access/people';
import { createCampaign, type CreationStores } from './campaign-creation';
import { findCampaign, saveCampaign } from './campaign-store';
import { listCreators, saveCreators } from './creator-store';
import { closeDatabase, openDatabase } from './database';
import { DefinitionStore } from './definitions/definition-store';
import { MetricStore } from './definitions/metric-store';
import { listFxRates, saveFxRates } from './fx-store';
import { ensureSampleCreators } from './sample-creators';

const dirs: string[] = [];
let stores: CreationStores;
let people: People;
let admin: Account;
let lead: Account;

const settings: Campaign = {
	id: 'summer',
	name: 'Summer',
	reportingCurrency: 'USD',
	markets: [US_MARKET, BR_MARKET],
	budgets: { US: 1000, BR: 5000 },
	phases: [{ id: 'live', label: 'Live', start: '2026-05-01', end: '2026-05-31' }],
	start: '2026-05-01',
	end: '2026-05-31'
};
const source: Campaign = {
	...settings,
	actualPhases: { BR: [{ phaseId: 'live', start: '2026-05-03' }] }
};
const definition: DefinitionContent = {
	id: 'br-team',
	team: 'BR team',
	markets: ['BR'],
	rationale: 'Reach first.',
	cap: 1.5,
	kpis: [{ metric: 'er_saves', comparator: '>=', target: 0.02, unit: 'percent', weight: 1 }]
};

beforeEach(() => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-creation-'));
	dirs.push(dir);
	const db = openDatabase(dir);
	people = createPeople(db);
	stores = { db, people, definitions: new DefinitionStore(db), metrics: new MetricStore(db) };
	admin = people.accounts.create({
		email: 'admin@example.com',
		name: 'Admin',
		passwordHash: 'h',
		isAdmin: true
	})!;
	lead = people.accounts.create({ email: 'lead@example.com', name: 'Lead', passwordHash: 'h' })!;
});

afterAll(() => {
	for (const dir of dirs) {
		closeDatabase(dir);
		fs.rmSync(dir, { recursive: true, force: true });
	}
});

/** A source campaign with a rate, a creator, a custom metric and a signed-off definition. */
function seedSource(): void {
	saveCampaign(stores.db, source);
	saveFxRates(stores.db, 'summer', [{ date: '2026-05-05', currency: 'BRL', rate: 0.18 }]);
	saveCreators(stores.db, 'summer', [
		{
			id: 'br-c01',
			handle: 'ana',
			market: 'BR',
			platform: 'tiktok',
			followers: 1000,
			tier: 'nano',
			sourcing: 'existing_network'
		}
	]);
	stores.metrics.save(
		'summer',
		[
			{
				id: 'er_saves',
				label: 'ER by saves',
				formula: 'sum(saves) / sum(impressions)',
				unit: 'percent',
				direction: 'higher',
				description: ''
			}
		],
		admin.id
	);
	stores.definitions.save('summer', definition, [lead.id], admin.id, null);
	stores.definitions.signOff('summer', 'br-team', 1, lead.id);
	people.memberships.grant(
		{ accountId: lead.id, campaignId: 'summer', role: 'market_lead', markets: ['BR'] },
		admin.id
	);
}

describe('creating a campaign', () => {
	it('from scratch stores it, makes its creator the owner and records it', () => {
		const campaign: Campaign = { ...settings, id: 'launch' };
		expect(createCampaign(stores, { from: 'scratch', campaign }, admin.id)).toEqual({
			created: campaign
		});
		expect(findCampaign(stores.db, 'launch')).toEqual(campaign);
		expect(people.memberships.find(admin.id, 'launch')?.role).toBe('campaign_owner');
		const [record] = people.audit.list({ campaignId: 'launch' });
		expect(record).toMatchObject({
			action: 'campaign_created',
			accountId: admin.id,
			itemKind: 'campaign',
			itemId: 'launch',
			detail: { name: 'Summer', markets: ['US', 'BR'] }
		});
	});

	it('refuses an id already taken, changing nothing', () => {
		seedSource();
		const result = createCampaign(
			stores,
			{ from: 'scratch', campaign: { ...source, name: 'Other' } },
			admin.id
		);
		expect(result).toEqual({
			refused: {
				field: 'id',
				problem: { code: 'problem_campaign_id_taken', params: { id: 'summer' } }
			}
		});
		expect(findCampaign(stores.db, 'summer')?.name).toBe('Summer');
	});

	it('as a copy takes settings, rates, creators, metrics and definitions as drafts, not people or history', () => {
		seedSource();
		const result = createCampaign(
			stores,
			{ from: 'copy', id: 'winter', name: 'Winter', copyFrom: 'summer' },
			admin.id
		);
		expect(result).toEqual({ created: { ...settings, id: 'winter', name: 'Winter' } });
		expect(findCampaign(stores.db, 'winter')).toEqual({
			...settings,
			id: 'winter',
			name: 'Winter'
		});
		expect(listFxRates(stores.db, 'winter')).toEqual(listFxRates(stores.db, 'summer'));
		expect(listCreators(stores.db, 'winter')).toEqual(listCreators(stores.db, 'summer'));
		expect(stores.metrics.list('winter')).toEqual(stores.metrics.list('summer'));
		const [copied] = stores.definitions.latest('winter');
		expect(copied).toMatchObject({
			...definition,
			version: 1,
			signatories: [],
			signedOff: false,
			createdBy: admin.id
		});
		expect(stores.definitions.latest('summer')[0]?.signedOff).toBe(true);
		expect(people.memberships.find(lead.id, 'winter')).toBeNull();
		expect(people.memberships.find(admin.id, 'winter')?.role).toBe('campaign_owner');
		expect(people.audit.list({ campaignId: 'winter' })[0]?.detail).toEqual({
			name: 'Winter',
			copiedFrom: 'summer',
			fxRates: 1,
			creators: 1,
			metrics: 1,
			definitions: 1
		});
	});

	it('as a copy of an unknown campaign is refused and leaves nothing behind', () => {
		const result = createCampaign(
			stores,
			{ from: 'copy', id: 'winter', name: 'Winter', copyFrom: 'nothing' },
			admin.id
		);
		expect(result).toEqual({
			refused: {
				field: 'copyFrom',
				problem: { code: 'problem_copy_from_unknown', params: { id: 'nothing' } }
			}
		});
		expect(findCampaign(stores.db, 'winter')).toBeNull();
		expect(people.audit.list({ campaignId: 'winter' })).toEqual([]);
	});
});

describe('the sample campaign’s creators', () => {
	it('are seeded from creators.csv once, while the sample has none', () => {
		const sample: Campaign = JSON.parse(fs.readFileSync('data/sample/campaign.json', 'utf8'));
		saveCampaign(stores.db, sample);
		expect(ensureSampleCreators(stores.db, sample, 'data/sample')).toBe(60);
		expect(ensureSampleCreators(stores.db, sample, 'data/sample')).toBe(0);
		const creators = listCreators(stores.db, 'sample');
		expect(creators).toHaveLength(60);
		expect(new Set(creators.map((c) => c.market))).toEqual(new Set(['US', 'MX', 'BR', 'CO', 'AR']));
	});
});
