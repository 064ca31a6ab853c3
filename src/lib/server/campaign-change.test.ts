import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '$lib/domain/campaign';
import { createPeople, type People } from './access/people';
import { recordCampaignListChange, saveCampaignChange } from './campaign-change';
import { findCampaign, saveCampaign } from './campaign-store';
import { closeDatabase, openDatabase, type Db } from './database';

const dirs: string[] = [];
let db: Db;
let people: People;
let actor: string;

const campaign: Campaign = {
	id: 'launch',
	name: 'Launch',
	reportingCurrency: 'USD',
	markets: [
		{ code: 'BR', name: 'Brazil', currency: 'BRL', timeZone: 'America/Sao_Paulo', locale: 'pt-BR' }
	],
	budgets: {},
	phases: []
};

beforeEach(() => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-change-'));
	dirs.push(dir);
	db = openDatabase(dir);
	people = createPeople(db);
	actor = people.accounts.create({ email: 'a@example.com', name: 'Ana', passwordHash: 'h' })!.id;
	saveCampaign(db, campaign);
});

afterAll(() => {
	for (const dir of dirs) {
		closeDatabase(dir);
		fs.rmSync(dir, { recursive: true, force: true });
	}
});

describe('saving a campaign change', () => {
	it('stores the campaign and records each changed field under its history', () => {
		const after: Campaign = {
			...campaign,
			phases: [{ id: 'live', label: 'Live', start: '2026-05-10', end: '2026-05-31' }],
			actualPhases: { BR: [{ phaseId: 'live', start: '2026-05-12' }] }
		};
		expect(saveCampaignChange({ db, people }, actor, campaign, after)).toBe(2);
		expect(findCampaign(db, 'launch')).toEqual(after);
		const [record] = people.audit.list({
			campaignId: 'launch',
			itemKind: 'campaign',
			itemId: 'launch'
		});
		expect(record).toMatchObject({
			action: 'settings_changed',
			accountName: 'Ana',
			detail: {
				'phase live': { from: null, to: 'Live 2026-05-10 to 2026-05-31' },
				'actual phases BR': { from: null, to: 'live 2026-05-12 to now' }
			}
		});
	});

	it('saves and records nothing when nothing changed', () => {
		expect(saveCampaignChange({ db, people }, actor, campaign, { ...campaign })).toBe(0);
		expect(people.audit.list({ campaignId: 'launch' })).toEqual([]);
	});

	it('records FX and creator list changes beside the settings', () => {
		recordCampaignListChange(people, actor, 'launch', 'fx_rates_changed', { file: 'fx.csv' });
		expect(
			people.audit.list({ campaignId: 'launch', itemKind: 'campaign', itemId: 'launch' })[0]
		).toMatchObject({ action: 'fx_rates_changed', detail: { file: 'fx.csv' } });
	});
});
