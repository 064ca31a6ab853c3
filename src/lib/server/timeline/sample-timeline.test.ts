import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { campaignSchema } from '$lib/domain/campaign';
import { findCampaign, saveCampaign } from '../campaign-store';
import { closeDatabase, openDatabase } from '../database';
import { ensureSampleTimeline } from './sample-timeline';
import { TimelineStore } from './timeline-store';

const SAMPLE_DIR = fileURLToPath(new URL('../../../../data/sample/', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-sample-timeline-'));
const db = openDatabase(dir);
const store = new TimelineStore(db);
const campaign = campaignSchema.parse(
	JSON.parse(fs.readFileSync(path.join(SAMPLE_DIR, 'campaign.json'), 'utf8'))
);
saveCampaign(db, campaign);

afterAll(() => {
	closeDatabase(dir);
	fs.rmSync(dir, { recursive: true, force: true });
});

describe("the sample campaign's timeline", () => {
	it('takes the actual phases of timeline.json and every record of the two files', () => {
		const seeded = ensureSampleTimeline(db, store, campaign, SAMPLE_DIR);
		expect(seeded.actualPhases?.CO).toEqual([
			{ phaseId: 'alignment', start: '2026-09-28', end: '2026-10-11' },
			{ phaseId: 'sourcing', start: '2026-10-12', end: '2026-11-03' },
			{ phaseId: 'soft_launch', start: '2026-11-04', end: '2026-11-10' },
			{ phaseId: 'live', start: '2026-11-11', end: '2026-11-22' }
		]);
		expect(findCampaign(db, 'sample')?.actualPhases).toEqual(seeded.actualPhases);
		const lines = (file: string) =>
			fs.readFileSync(path.join(SAMPLE_DIR, file), 'utf8').trimEnd().split('\n').length - 1;
		expect(store.count('sample')).toEqual({
			sourcing: lines('sourcing.csv'),
			approvals: lines('approvals.csv')
		});
	});

	it('seeds once, and keeps actual phases a campaign already has', () => {
		const kept = { ...campaign, actualPhases: {} };
		saveCampaign(db, kept);
		store.saveSourcing('sample', store.listSourcing('sample').slice(0, 3), { replace: true });
		ensureSampleTimeline(db, store, kept, SAMPLE_DIR);
		expect(findCampaign(db, 'sample')?.actualPhases).toEqual({});
		expect(store.count('sample').sourcing).toBe(3);
	});
});
