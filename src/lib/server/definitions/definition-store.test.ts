import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { DefinitionContent } from '$lib/domain/definitions';
import { saveCampaign } from '../campaign-store';
import { closeDatabase, openDatabase, type Db } from '../database';
import { DefinitionStore } from './definition-store';

const dirs: string[] = [];
let db: Db;
let now: Date;
let store: DefinitionStore;

const brand: DefinitionContent = {
	id: 'us-brand',
	team: 'US brand team',
	markets: ['US'],
	rationale: 'Sales first.',
	cap: 1.5,
	kpis: [
		{ metric: 'cpa', comparator: '<=', target: 20, unit: 'currency', currency: 'USD', weight: 1 }
	]
};

beforeEach(() => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-definitions-'));
	dirs.push(dir);
	db = openDatabase(dir);
	now = new Date('2026-10-08T10:00:00.000Z');
	store = new DefinitionStore(db, { now: () => now });
	saveCampaign(db, {
		id: 'launch',
		name: 'Launch',
		reportingCurrency: 'USD',
		markets: [
			{ code: 'US', name: 'US', currency: 'USD', timeZone: 'America/New_York', locale: 'en-US' }
		],
		budgets: {},
		phases: []
	});
	for (const id of ['marcus', 'olivia']) {
		db.prepare(
			'INSERT INTO account (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)'
		).run(id, `${id}@example.com`, id, '!', now.toISOString());
	}
});

afterAll(() => {
	for (const dir of dirs) {
		closeDatabase(dir);
		fs.rmSync(dir, { recursive: true, force: true });
	}
});

describe('DefinitionStore', () => {
	it('keeps a new definition as a draft until every signatory has signed it off', () => {
		const result = store.save('launch', brand, ['marcus', 'olivia'], 'olivia', null);
		expect(result).toMatchObject({ created: 'definition', saved: { version: 1, revision: 1 } });
		expect(store.signOff('launch', 'us-brand', 1, 'marcus')).toMatchObject({ signedOff: false });
		now = new Date('2026-10-09T13:05:00.000Z');
		const signed = store.signOff('launch', 'us-brand', 1, 'olivia');
		expect(signed).toMatchObject({ signedOff: true });
		expect(typeof signed !== 'string' && signed.signatories).toEqual([
			{ accountId: 'marcus', name: 'marcus', signedAt: '2026-10-08T10:00:00.000Z' },
			{ accountId: 'olivia', name: 'olivia', signedAt: '2026-10-09T13:05:00.000Z' }
		]);
		expect(store.signOff('launch', 'us-brand', 1, 'olivia')).toBe('already_signed');
		expect(store.signOff('launch', 'us-brand', 1, 'nobody')).toBe('not_signatory');
	});

	it('changes a draft in place, clearing its sign-offs, and refuses a stale save', () => {
		const first = store.save('launch', brand, ['marcus', 'olivia'], 'olivia', null);
		if (!('saved' in first)) throw new Error('not saved');
		store.signOff('launch', 'us-brand', 1, 'marcus');
		const changed = { ...brand, rationale: 'Sales and reach.' };
		const second = store.save('launch', changed, ['marcus', 'olivia'], 'marcus', {
			version: 1,
			revision: 1
		});
		expect(second).toMatchObject({ created: 'revision', saved: { version: 1, revision: 2 } });
		expect(store.find('launch', 'us-brand')!.signatories.every((s) => s.signedAt === null)).toBe(
			true
		);
		// Someone who opened the editor before that save is refused, and shown the newer text.
		const stale = store.save('launch', { ...brand, team: 'Brand' }, ['marcus'], 'olivia', {
			version: 1,
			revision: 1
		});
		expect(stale).toMatchObject({ stale: { revision: 2, rationale: 'Sales and reach.' } });
		expect(store.find('launch', 'us-brand')!.team).toBe('US brand team');
	});

	it('freezes a signed-off version: a change makes the next version and both stay readable', () => {
		store.save('launch', brand, ['olivia'], 'olivia', null);
		store.signOff('launch', 'us-brand', 1, 'olivia');
		const next = store.save(
			'launch',
			{ ...brand, kpis: [{ ...brand.kpis[0]!, target: 18 }] },
			['olivia'],
			'olivia',
			{ version: 1, revision: 1 }
		);
		expect(next).toMatchObject({ created: 'version', saved: { version: 2, signedOff: false } });
		expect(store.versions('launch', 'us-brand').map((v) => [v.version, v.kpis[0]!.target])).toEqual(
			[
				[1, 20],
				[2, 18]
			]
		);
		expect(store.find('launch', 'us-brand', 1)!.signedOff).toBe(true);
		expect(store.signOff('launch', 'us-brand', 1, 'olivia')).toBe('not_latest');
		expect(store.latest('launch').map((v) => v.version)).toEqual([2]);
	});

	it('refuses content that breaks the schema', () => {
		expect(() =>
			store.save('launch', { ...brand, kpis: [{ ...brand.kpis[0]!, weight: 0 }] }, [], null, null)
		).toThrow(/weight/);
	});
});
