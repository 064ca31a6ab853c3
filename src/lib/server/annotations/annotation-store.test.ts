import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationContentInput } from '$lib/domain/annotations';
import type { Problem } from '$lib/domain/problem';
import { saveCampaign } from '../campaign-store';
import { closeDatabase, openDatabase, type Db } from '../database';
import { AnnotationRefusal, AnnotationStore } from './annotation-store';

const dirs: string[] = [];
let db: Db;
let now: Date;
let store: AnnotationStore;

const cap: AnnotationContentInput = {
	kind: 'decision',
	title: 'Mexico caps its daily boost',
	body: 'Spent 3.7× a usual day.',
	scope: { markets: ['MX'], metrics: ['spend'] },
	time: { from: '2026-11-14', to: '2026-11-22' },
	why: 'The rest of the flight must absorb it.',
	alternatives: ['Pause Mexico for two days'],
	expectedEffect: { metric: 'spend', direction: 'down' }
};

const onTarget: AnnotationContentInput = {
	kind: 'disagreement',
	title: 'Is Mexico on target on engagement?',
	scope: { markets: ['MX'], metrics: ['er_impressions', 'er_reach'] },
	time: { from: '2026-11-09', to: '2026-11-22' }
};

const press: AnnotationContentInput = {
	kind: 'note',
	title: 'Press mention',
	scope: { markets: ['US'], metrics: ['impressions'] },
	time: { at: '2026-11-16' }
};

beforeEach(() => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-annotations-'));
	dirs.push(dir);
	db = openDatabase(dir);
	now = new Date('2026-11-14T09:00:00.000Z');
	store = new AnnotationStore(db, { now: () => now });
	saveCampaign(db, {
		id: 'launch',
		name: 'Launch',
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

const count = (table: string) =>
	(db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const storedRow = (id: string) =>
	db.prepare('SELECT * FROM annotation WHERE campaign_id = ? AND id = ?').get('launch', id);

function saved<T>(result: { saved: T } | { stale: T }): T {
	if (!('saved' in result)) throw new Error('the write was refused as stale');
	return result.saved;
}

/** The problem of the refusal `write` throws; fails when it throws anything else, or nothing. */
function refusalOf(write: () => unknown): Problem {
	try {
		write();
	} catch (failure) {
		if (failure instanceof AnnotationRefusal) return failure.problem;
		throw failure;
	}
	throw new Error('the write was not refused');
}

describe('AnnotationStore', () => {
	it('creates an annotation at revision 1 with a new id and finds it again', () => {
		const created = store.create('launch', cap, 'lucia');
		expect(created.id).toMatch(/^ann-[a-z0-9]+$/);
		expect(created).toMatchObject({
			kind: 'decision',
			authorId: 'lucia',
			updatedBy: 'lucia',
			createdAt: '2026-11-14T09:00:00.000Z',
			updatedAt: '2026-11-14T09:00:00.000Z',
			revision: 1,
			hidden: false,
			expectedEffect: { metric: 'spend', direction: 'down' },
			scope: { markets: ['MX'], metrics: ['spend'], platforms: [], variants: [] }
		});
		expect(store.find('launch', created.id)).toEqual(created);
		expect(store.find('other', created.id)).toBeNull();
		expect(store.create('launch', press, 'marcus').id).not.toBe(created.id);
		expect(store.revisions('launch', created.id)).toEqual([
			expect.objectContaining({ revision: 1, change: 'created', changedBy: 'lucia', changed: [] })
		]);
	});

	it('keeps a given id and creation time, and refuses an id that is taken', () => {
		const at = new Date('2026-11-13T23:50:00.000Z');
		const created = store.create('launch', cap, 'lucia', 'ann-mx-daily-cap', at);
		expect(created).toMatchObject({ id: 'ann-mx-daily-cap', createdAt: at.toISOString() });
		expect(refusalOf(() => store.create('launch', press, 'lucia', 'ann-mx-daily-cap'))).toEqual({
			code: 'problem_annotation_exists',
			params: { id: 'ann-mx-daily-cap' }
		});
		expect(count('annotation')).toBe(1);
	});

	it('lists by the day an annotation starts, then by creation, hidden ones only when asked', () => {
		const later = store.create('launch', press, 'marcus', 'ann-press');
		now = new Date('2026-11-15T09:00:00.000Z');
		const range = store.create('launch', cap, 'lucia', 'ann-cap');
		const sameDay = store.create('launch', { ...press, title: 'Same day' }, 'marcus', 'ann-same');
		expect(store.list('launch').map((a) => a.id)).toEqual(['ann-cap', 'ann-press', 'ann-same']);
		saved(store.setHidden('launch', later.id, true, 'marcus', 1));
		expect(store.list('launch').map((a) => a.id)).toEqual([range.id, sameDay.id]);
		expect(store.list('launch', { includeHidden: true }).map((a) => a.id)).toEqual([
			'ann-cap',
			'ann-press',
			'ann-same'
		]);
	});

	it('saves an edit made on the stored revision and records which fields changed', () => {
		const created = store.create('launch', cap, 'lucia');
		now = new Date('2026-11-15T10:00:00.000Z');
		const edited = saved(
			store.update(
				'launch',
				created.id,
				{ ...cap, title: 'Mexico caps its boost at 80%', body: 'Capped from the 14th.' },
				'olivia',
				1
			)
		);
		expect(edited).toMatchObject({
			title: 'Mexico caps its boost at 80%',
			revision: 2,
			updatedBy: 'olivia',
			updatedAt: '2026-11-15T10:00:00.000Z',
			authorId: 'lucia',
			createdAt: '2026-11-14T09:00:00.000Z'
		});
		expect(store.revisions('launch', created.id).at(-1)).toEqual({
			revision: 2,
			change: 'edited',
			changedBy: 'olivia',
			changedAt: '2026-11-15T10:00:00.000Z',
			changed: ['title', 'body'],
			content: expect.objectContaining({ title: 'Mexico caps its boost at 80%' }),
			hidden: false
		});
	});

	it('refuses a stale edit and changes nothing', () => {
		const created = store.create('launch', cap, 'lucia');
		saved(store.update('launch', created.id, { ...cap, title: 'First edit' }, 'olivia', 1));
		const before = storedRow(created.id);
		const result = store.update('launch', created.id, { ...cap, title: 'Late edit' }, 'marcus', 1);
		expect(result).toEqual({
			stale: expect.objectContaining({ title: 'First edit', revision: 2 })
		});
		expect(storedRow(created.id)).toEqual(before);
		expect(store.revisions('launch', created.id)).toHaveLength(2);
	});

	it('records no revision when an edit changes nothing', () => {
		const created = store.create('launch', cap, 'lucia');
		expect(saved(store.update('launch', created.id, cap, 'olivia', 1)).revision).toBe(1);
		expect(store.revisions('launch', created.id)).toHaveLength(1);
	});

	it('refuses to change the kind of an annotation', () => {
		const created = store.create('launch', press, 'marcus');
		expect(
			refusalOf(() =>
				store.update('launch', created.id, { ...press, kind: 'learning' }, 'marcus', 1)
			)
		).toEqual({ code: 'problem_annotation_kind_fixed', params: { id: created.id } });
		expect(store.find('launch', created.id)).toEqual(created);
	});

	it('hides an annotation and shows it again, recording both', () => {
		const created = store.create('launch', press, 'marcus');
		now = new Date('2026-11-16T08:00:00.000Z');
		const hidden = saved(store.setHidden('launch', created.id, true, 'olivia', 1));
		expect(hidden).toMatchObject({ hidden: true, revision: 2 });
		expect(store.setHidden('launch', created.id, false, 'olivia', 1)).toEqual({
			stale: expect.objectContaining({ hidden: true })
		});
		const shown = saved(store.setHidden('launch', created.id, false, 'marcus', 2));
		expect(shown).toMatchObject({ hidden: false, revision: 3, title: 'Press mention' });
		expect(
			store.revisions('launch', created.id).map((r) => [r.change, r.changedBy, r.hidden, r.changed])
		).toEqual([
			['created', 'marcus', false, []],
			['hidden', 'olivia', true, ['hidden']],
			['shown', 'marcus', false, ['hidden']]
		]);
	});

	it('appends positions to a disagreement and resolves it', () => {
		const created = store.create('launch', onTarget, 'marcus', 'ann-mx-on-target');
		expect(created).toMatchObject({ positions: [], resolution: null });
		store.addPosition(
			'launch',
			created.id,
			{ party: 'US brand team', accountId: 'marcus', reading: 'Off target.', argument: 'CPM.' },
			'marcus'
		);
		const both = store.addPosition(
			'launch',
			created.id,
			{ party: 'LATAM partner team', reading: 'On target.', argument: 'Reach.' },
			'lucia'
		);
		expect(both.positions?.map((p) => p.party)).toEqual(['US brand team', 'LATAM partner team']);
		expect(both.revision).toBe(3);

		expect(store.resolve('launch', created.id, 'Read both.', 'olivia', 2)).toEqual({
			stale: expect.objectContaining({ revision: 3, resolution: null })
		});
		now = new Date('2026-11-20T12:00:00.000Z');
		const resolved = saved(store.resolve('launch', created.id, 'Report both rates.', 'olivia', 3));
		expect(resolved.resolution).toEqual({
			outcome: 'Report both rates.',
			by: 'olivia',
			at: '2026-11-20T12:00:00.000Z'
		});
		expect(resolved.positions).toHaveLength(2);
		expect(store.revisions('launch', created.id).map((r) => [r.change, r.changed])).toEqual([
			['created', []],
			['position_added', ['positions']],
			['position_added', ['positions']],
			['resolved', ['resolution']]
		]);
	});

	it('keeps the positions and resolution of a disagreement when an edit leaves them out', () => {
		const created = store.create('launch', onTarget, 'marcus');
		store.addPosition(
			'launch',
			created.id,
			{ party: 'US brand team', reading: 'Off target.', argument: 'CPM.' },
			'marcus'
		);
		const edited = saved(
			store.update('launch', created.id, { ...onTarget, body: 'More detail.' }, 'marcus', 2)
		);
		expect(edited.positions).toHaveLength(1);
		expect(store.revisions('launch', created.id).at(-1)?.changed).toEqual(['body']);
	});

	it('refuses positions and a resolution on annotations that are not disagreements', () => {
		const created = store.create('launch', cap, 'lucia');
		const notADisagreement = {
			code: 'problem_disagreement_fields',
			params: { kind: 'decision' }
		};
		expect(
			refusalOf(() =>
				store.addPosition(
					'launch',
					created.id,
					{ party: 'US brand team', reading: 'Off.', argument: 'CPM.' },
					'marcus'
				)
			)
		).toEqual(notADisagreement);
		expect(refusalOf(() => store.resolve('launch', created.id, 'Done.', 'olivia', 1))).toEqual(
			notADisagreement
		);
		expect(store.find('launch', created.id)).toEqual(created);
		expect(store.revisions('launch', created.id)).toHaveLength(1);
	});

	it('refuses content the schema refuses and writes nothing', () => {
		expect(() => store.create('launch', { ...press, why: 'Because.' }, 'marcus')).toThrow(
			'problem_decision_fields'
		);
		expect(() =>
			store.create('launch', { ...press, time: { from: '2026-11-20', to: '2026-11-19' } }, 'marcus')
		).toThrow('problem_range_backwards');
		expect(() => store.create('launch', { ...press, title: ' ' }, 'marcus')).toThrow(
			'problem_title_missing'
		);
		expect(() =>
			store.create('launch', { ...press, scope: { markets: ['Mexico'], metrics: [] } }, 'marcus')
		).toThrow('problem_market_code');
		const created = store.create('launch', press, 'marcus');
		expect(() =>
			store.update('launch', created.id, { ...press, why: 'Because.' }, 'marcus', 1)
		).toThrow('problem_decision_fields');
		expect(count('annotation')).toBe(1);
		expect(count('annotation_revision')).toBe(1);
	});

	it('refuses writes to an unknown annotation', () => {
		expect(refusalOf(() => store.update('launch', 'ann-none', press, 'marcus', 1))).toEqual({
			code: 'problem_annotation_unknown',
			params: { id: 'ann-none' }
		});
		expect(() => store.update('launch', 'ann-none', press, 'marcus', 1)).toThrow(
			'No annotation ann-none in this campaign.'
		);
		expect(store.revisions('launch', 'ann-none')).toEqual([]);
	});

	it('never deletes: every write adds one revision row and keeps the annotation', () => {
		const note = store.create('launch', press, 'marcus');
		const thread = store.create('launch', onTarget, 'marcus');
		const counts = [count('annotation_revision')];
		saved(store.update('launch', note.id, { ...press, body: 'Edited.' }, 'marcus', 1));
		counts.push(count('annotation_revision'));
		saved(store.setHidden('launch', note.id, true, 'marcus', 2));
		counts.push(count('annotation_revision'));
		store.addPosition('launch', thread.id, { party: 'A', reading: 'R', argument: 'G' }, 'marcus');
		counts.push(count('annotation_revision'));
		saved(store.resolve('launch', thread.id, 'Settled.', 'olivia', 2));
		counts.push(count('annotation_revision'));
		expect(counts).toEqual([2, 3, 4, 5, 6]);
		expect(count('annotation')).toBe(2);
		expect(store.revisions('launch', note.id).map((r) => r.content.body)).toEqual([
			'',
			'Edited.',
			'Edited.'
		]);
	});
});
