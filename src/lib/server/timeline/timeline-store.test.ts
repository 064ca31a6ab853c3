import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BR_APPROVALS, BR_SOURCING, US_APPROVALS } from '$lib/domain/timeline/timing-fixtures';
import { saveCampaign } from '../campaign-store';
import { closeDatabase, openDatabase } from '../database';
import { TimelineStore } from './timeline-store';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-timeline-store-'));
const db = openDatabase(dir);
const store = new TimelineStore(db);
const market = (code: string, timeZone: string) => ({
	code,
	name: code,
	currency: 'USD',
	timeZone,
	locale: 'en-US'
});
saveCampaign(db, {
	id: 'launch',
	name: 'Launch',
	reportingCurrency: 'USD',
	markets: [market('US', 'America/New_York'), market('BR', 'America/Sao_Paulo')],
	budgets: {},
	phases: []
});

afterAll(() => {
	closeDatabase(dir);
	fs.rmSync(dir, { recursive: true, force: true });
});

describe('the timeline store', () => {
	it('keeps sourcing records with each moment and its zone', () => {
		expect(store.saveSourcing('launch', BR_SOURCING)).toEqual({ added: 7, updated: 0, removed: 0 });
		const listed = store.listSourcing('launch');
		expect(listed).toHaveLength(7);
		expect(listed.find((r) => r.creatorId === 'c5')).toEqual(
			BR_SOURCING.find((r) => r.creatorId === 'c5')
		);
	});

	it('keeps approval records in revision order', () => {
		expect(store.saveApprovals('launch', [...BR_APPROVALS, ...US_APPROVALS])).toEqual({
			added: 8,
			updated: 0,
			removed: 0
		});
		const br3 = store.listApprovals('launch').filter((r) => r.contentId === 'br-3');
		expect(br3.map((r) => [r.revision, r.decision])).toEqual([
			[1, 'changes_requested'],
			[2, 'changes_requested'],
			[3, 'approved']
		]);
		expect(store.listApprovals('launch').find((r) => r.contentId === 'br-1')).toEqual(
			BR_APPROVALS[0]
		);
	});

	it('updates a known record and, when replacing, takes out the others', () => {
		const changed = { ...BR_SOURCING[0]!, outcome: 'pending' as const, agreedAt: null };
		expect(store.saveSourcing('launch', [changed])).toEqual({ added: 0, updated: 1, removed: 0 });
		expect(store.listSourcing('launch').find((r) => r.creatorId === 'c1')?.outcome).toBe('pending');
		expect(store.saveApprovals('launch', US_APPROVALS, { replace: true })).toEqual({
			added: 0,
			updated: 1,
			removed: 7
		});
		expect(store.count('launch')).toEqual({ sourcing: 7, approvals: 1 });
	});
});
