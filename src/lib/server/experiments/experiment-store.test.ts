import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '$lib/domain/campaign';
import type { ExperimentContentInput } from '$lib/domain/experiments/experiment';
import { saveCampaign } from '../campaign-store';
import { closeDatabase, openDatabase, type Db } from '../database';
import { ensureSampleExperiments, SAMPLE_EXPERIMENT } from '../sample-experiments';
import { ExperimentRefusal, ExperimentStore } from './experiment-store';

const dirs: string[] = [];
let db: Db;
let now: Date;
let store: ExperimentStore;

const market = (code: string) => ({
	code,
	name: code,
	currency: 'USD',
	timeZone: 'America/New_York',
	locale: 'en-US'
});

const campaign = (id: string): Campaign => ({
	id,
	name: id,
	reportingCurrency: 'USD',
	markets: ['US', 'MX'].map(market),
	budgets: {},
	phases: [],
	start: '2026-09-28',
	end: '2026-11-22'
});

const creative: ExperimentContentInput = {
	name: 'Creative B vs A',
	variants: ['A', 'B'],
	markets: ['US', 'MX'],
	metric: { numerator: 'clicks', denominator: 'impressions' },
	start: '2026-11-02',
	end: '2026-11-22',
	hypothesis: 'B earns more clicks.',
	mde: 0.05
};

beforeEach(() => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-experiments-'));
	dirs.push(dir);
	db = openDatabase(dir);
	now = new Date('2026-11-02T09:00:00.000Z');
	store = new ExperimentStore(db, { now: () => now });
	saveCampaign(db, campaign('launch'));
	saveCampaign(db, campaign('sample'));
});

afterAll(() => {
	for (const dir of dirs) {
		closeDatabase(dir);
		fs.rmSync(dir, { recursive: true, force: true });
	}
});

describe('the experiment store', () => {
	it('keeps a test with an id made from its name and an equal split by default', () => {
		const saved = store.create('launch', creative, null);
		expect(saved).toMatchObject({
			id: 'creative-b-vs-a',
			revision: 1,
			createdAt: '2026-11-02T09:00:00.000Z',
			content: { name: 'Creative B vs A', split: [50, 50], mde: 0.05 }
		});
		expect(store.list('launch')).toEqual([saved]);
		expect(store.list('sample')).toEqual([]);
		expect(store.find('launch', 'creative-b-vs-a')).toEqual(saved);
	});

	it('finds a test by its id or by its name as typed on the command line', () => {
		store.create('launch', creative, null);
		expect(store.lookup('launch', 'creative-b-vs-a')?.id).toBe('creative-b-vs-a');
		expect(store.lookup('launch', 'creative b VS a')?.id).toBe('creative-b-vs-a');
		expect(store.lookup('launch', 'Other')).toBeNull();
	});

	it('refuses a second test of the same name, and content its schema refuses', () => {
		store.create('launch', creative, null);
		expect(() => store.create('launch', { ...creative, name: 'creative b vs a' }, null)).toThrow(
			ExperimentRefusal
		);
		expect(() => store.create('launch', { ...creative, variants: ['A', 'A'] }, null)).toThrow();
		expect(store.list('launch')).toHaveLength(1);
		// Another campaign may use the name.
		expect(store.create('sample', creative, null).id).toBe('creative-b-vs-a');
	});

	it('saves an edit on the revision it started from, and hands back the newer one otherwise', () => {
		const first = store.create('launch', creative, null);
		now = new Date('2026-11-03T09:00:00.000Z');
		const edited = store.update(
			'launch',
			first.id,
			{ ...creative, name: 'Creative test' },
			null,
			1
		);
		expect(edited).toEqual({
			saved: expect.objectContaining({
				id: 'creative-b-vs-a',
				revision: 2,
				updatedAt: '2026-11-03T09:00:00.000Z',
				content: expect.objectContaining({ name: 'Creative test' })
			})
		});
		const stale = store.update('launch', first.id, { ...creative, mde: 0.1 }, null, 1);
		expect(stale).toEqual({ stale: expect.objectContaining({ revision: 2 }) });
		expect(store.find('launch', first.id)!.content.mde).toBe(0.05);
	});

	it('refuses an edit of an unknown test, or one that takes another test’s name', () => {
		store.create('launch', creative, null);
		const other = store.create('launch', { ...creative, name: 'Hooks' }, null);
		expect(() => store.update('launch', 'nope', creative, null, 1)).toThrow(ExperimentRefusal);
		try {
			store.update('launch', other.id, creative, null, 1);
			expect.unreachable();
		} catch (error) {
			expect((error as ExperimentRefusal).problem).toEqual({
				code: 'problem_experiment_name_taken',
				params: { name: 'Creative B vs A' }
			});
		}
	});
});

describe('restoring a test kept elsewhere', () => {
	const kept = {
		id: 'hooks-test',
		content: { ...creative, name: 'Hooks' },
		revision: 3,
		createdAt: '2026-10-01T08:00:00.000Z',
		createdBy: 'account-1',
		updatedAt: '2026-10-05T08:00:00.000Z',
		updatedBy: 'account-2'
	};
	const createdBy = (id: string) =>
		(db.prepare('SELECT created_by FROM experiment WHERE id = ?').get(id) as { created_by: string })
			.created_by;

	it('keeps its id, revision, times and people, not the clock or a slug of its name', () => {
		const restored = store.restore('launch', kept);
		expect(restored).toEqual({
			id: 'hooks-test',
			content: { ...creative, name: 'Hooks', split: [50, 50] },
			revision: 3,
			createdAt: '2026-10-01T08:00:00.000Z',
			updatedAt: '2026-10-05T08:00:00.000Z',
			updatedBy: 'account-2'
		});
		expect(createdBy('hooks-test')).toBe('account-1');
		// Its editor goes on from the kept revision.
		expect(store.update('launch', 'hooks-test', kept.content, null, 3)).toEqual({
			saved: expect.objectContaining({ revision: 4 })
		});
	});

	it('writes over the test of the same id, and refuses a name another test has', () => {
		store.create('launch', kept.content, null, { id: 'hooks-test' });
		store.create('launch', creative, null);
		expect(store.restore('launch', kept)).toMatchObject({ revision: 3, updatedBy: 'account-2' });
		expect(store.list('launch')).toHaveLength(2);
		expect(() =>
			store.restore('launch', { ...kept, content: { ...creative, name: 'creative b vs a' } })
		).toThrow(ExperimentRefusal);
		expect(store.find('launch', 'hooks-test')!.content.name).toBe('Hooks');
	});
});

describe('the sample’s creative test', () => {
	it('is stored once, for the sample only, over the campaign’s markets and dates', () => {
		ensureSampleExperiments(store, campaign('launch'));
		expect(store.list('launch')).toEqual([]);
		ensureSampleExperiments(store, campaign('sample'));
		ensureSampleExperiments(store, campaign('sample'));
		const [seeded, ...more] = store.list('sample');
		expect(more).toEqual([]);
		expect(seeded).toMatchObject({
			id: SAMPLE_EXPERIMENT.id,
			content: {
				name: 'Creative B vs A',
				variants: ['A', 'B'],
				markets: ['US', 'MX'],
				metric: { numerator: 'clicks', denominator: 'impressions' },
				split: [50, 50],
				start: '2026-09-28',
				end: '2026-11-22'
			}
		});
	});

	it('is not stored again once the campaign has any test', () => {
		store.create('sample', { ...creative, name: 'Hooks' }, null);
		ensureSampleExperiments(store, campaign('sample'));
		expect(store.list('sample').map((t) => t.content.name)).toEqual(['Hooks']);
	});
});
