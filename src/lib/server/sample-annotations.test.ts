import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AnnotationStore } from './annotations/annotation-store';
import { saveCampaign } from './campaign-store';
import { closeDatabase, openDatabase } from './database';
import { ensureSampleAnnotations } from './sample-annotations';

const sampleDir = path.resolve('data/sample');
const dirs: string[] = [];
let store: AnnotationStore;

const accountOf = new Map([
	['p-marcus', 'acc-marcus'],
	['p-lucia', 'acc-lucia'],
	['p-rafael', 'acc-rafael'],
	['p-valentina', 'acc-valentina'],
	['p-olivia', 'acc-olivia']
]);

beforeEach(() => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-sample-annotations-'));
	dirs.push(dir);
	const db = openDatabase(dir);
	store = new AnnotationStore(db, { now: () => new Date('2026-11-25T10:00:00.000Z') });
	saveCampaign(db, {
		id: 'sample',
		name: 'Sample',
		reportingCurrency: 'USD',
		markets: [
			{ code: 'MX', name: 'MX', currency: 'MXN', timeZone: 'America/Mexico_City', locale: 'es-MX' }
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

describe('ensureSampleAnnotations', () => {
	it('stores all eight sample annotations with their ids, authors and creation times', () => {
		ensureSampleAnnotations(store, 'sample', accountOf, sampleDir);
		const annotations = store.list('sample');
		expect(annotations.map((a) => [a.id, a.kind])).toEqual([
			['ann-creative-test-reading', 'learning'],
			// Both start on the 9th; the disagreement was written first.
			['ann-mx-on-target', 'disagreement'],
			['ann-sourcing-effect', 'learning'],
			['ann-mx-daily-cap', 'decision'],
			['ann-br-tiktok-shift', 'decision'],
			['ann-us-press-mention', 'note'],
			['ann-co-tracking-outage', 'note'],
			['ann-ar-boost-pause', 'note']
		]);
		expect(store.find('sample', 'ann-us-press-mention')).toMatchObject({
			authorId: 'acc-marcus',
			createdAt: '2026-11-16T22:40:00.000Z',
			revision: 1,
			time: { at: '2026-11-16' },
			links: ['ann-mx-on-target']
		});
		expect(store.revisions('sample', 'ann-us-press-mention')).toEqual([
			expect.objectContaining({ change: 'created', changedAt: '2026-11-16T22:40:00.000Z' })
		]);
	});

	it('keeps the disagreement open with both positions under account ids', () => {
		ensureSampleAnnotations(store, 'sample', accountOf, sampleDir);
		const disagreement = store.find('sample', 'ann-mx-on-target')!;
		expect(disagreement.resolution).toBeNull();
		expect(disagreement.positions?.map((p) => [p.party, p.accountId])).toEqual([
			['US brand team', 'acc-marcus'],
			['LATAM partner team', 'acc-lucia']
		]);
		expect(disagreement.positions?.[0]?.argument).toMatch(/^We pay per impression/);
	});

	it('keeps each decision’s why, alternatives and expected effect', () => {
		ensureSampleAnnotations(store, 'sample', accountOf, sampleDir);
		expect(store.find('sample', 'ann-br-tiktok-shift')).toMatchObject({
			authorId: 'acc-rafael',
			why: expect.stringMatching(/^The feed is carrying the format/),
			alternatives: [
				'Boost only the viral post (Spark Ad) and leave the split as it is',
				'Keep the split until the end of the test so that the platforms stay comparable'
			],
			expectedEffect: { metric: 'spend', direction: 'up' },
			scope: { platforms: ['tiktok', 'instagram', 'youtube'], variants: [] }
		});
		expect(store.find('sample', 'ann-mx-daily-cap')).toMatchObject({
			expectedEffect: { metric: 'spend', direction: 'down' },
			alternatives: ['Pause Mexico for two days', 'Accept the overspend and ask for more budget']
		});
		expect(store.find('sample', 'ann-creative-test-reading')?.scope.variants).toEqual(['A', 'B']);
	});

	it('adds nothing to a campaign that has annotations already, hidden ones included', () => {
		ensureSampleAnnotations(store, 'sample', accountOf, sampleDir);
		const note = store.find('sample', 'ann-ar-boost-pause')!;
		store.setHidden('sample', note.id, true, 'acc-olivia', note.revision);
		ensureSampleAnnotations(store, 'sample', accountOf, sampleDir);
		expect(store.list('sample', { includeHidden: true })).toHaveLength(8);
	});

	it('leaves the author and a position’s account empty for a person without an account', () => {
		ensureSampleAnnotations(store, 'sample', new Map([['p-lucia', 'acc-lucia']]), sampleDir);
		const disagreement = store.find('sample', 'ann-mx-on-target')!;
		expect(disagreement.authorId).toBeNull();
		expect(disagreement.positions?.map((p) => p.accountId)).toEqual([undefined, 'acc-lucia']);
	});
});
