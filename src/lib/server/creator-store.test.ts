import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Creator } from '$lib/domain/creators';
import { saveCampaign } from './campaign-store';
import { countCreatorsByMarket, listCreators, saveCreators } from './creator-store';
import { closeDatabase, openDatabase, type Db } from './database';

const dirs: string[] = [];
let db: Db;

const creator = (id: string, market: string, followers: number | null = 1000): Creator => ({
	id,
	handle: `${id}_handle`,
	market,
	platform: 'tiktok',
	followers,
	tier: 'micro',
	sourcing: 'cold_outreach'
});

beforeEach(() => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-creators-'));
	dirs.push(dir);
	db = openDatabase(dir);
	saveCampaign(db, {
		id: 'launch',
		name: 'Launch',
		reportingCurrency: 'USD',
		markets: [
			{ code: 'US', name: 'US', currency: 'USD', timeZone: 'America/New_York', locale: 'en-US' },
			{ code: 'BR', name: 'BR', currency: 'BRL', timeZone: 'America/Sao_Paulo', locale: 'pt-BR' }
		],
		budgets: {},
		phases: []
	});
});

afterAll(() => {
	for (const dir of dirs) {
		closeDatabase(dir);
		fs.rmSync(dir, { recursive: true, force: true });
	}
});

describe('the creator store', () => {
	it('adds new creators and updates known ids, keeping the others', () => {
		expect(saveCreators(db, 'launch', [creator('a', 'US'), creator('b', 'BR')])).toEqual({
			added: 2,
			updated: 0,
			removed: 0
		});
		expect(
			saveCreators(db, 'launch', [{ ...creator('b', 'BR', null), tier: null }, creator('c', 'BR')])
		).toEqual({ added: 1, updated: 1, removed: 0 });
		expect(listCreators(db, 'launch')).toEqual([
			{ ...creator('b', 'BR', null), tier: null },
			creator('c', 'BR'),
			creator('a', 'US')
		]);
		expect(countCreatorsByMarket(db, 'launch')).toEqual({ BR: 2, US: 1 });
	});

	it('replaces the whole list when asked', () => {
		saveCreators(db, 'launch', [creator('a', 'US'), creator('b', 'BR')]);
		expect(saveCreators(db, 'launch', [creator('b', 'US')], { replace: true })).toEqual({
			added: 0,
			updated: 1,
			removed: 1
		});
		expect(listCreators(db, 'launch')).toEqual([creator('b', 'US')]);
	});

	it('saves nothing when one creator is malformed', () => {
		expect(() =>
			saveCreators(db, 'launch', [creator('a', 'US'), { ...creator('b', 'BR'), market: 'Brazil' }])
		).toThrow();
		expect(listCreators(db, 'launch')).toEqual([]);
	});
});
