import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appContext, type AppContext } from '../app-context';
import { findCampaign } from '../campaign-store';
import { serverConfig } from '../config';
import { closeDatabase } from '../database';
import { liveInputsKey, ResultCache } from './live-cache';

describe('ResultCache', () => {
	it('computes a key once however many ask at the same time', async () => {
		const cache = new ResultCache<number>();
		let runs = 0;
		const compute = async () => ++runs;
		const [a, b] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
		expect([a, b, runs]).toEqual([1, 1, 1]);
		expect(await cache.get('other', compute)).toBe(2);
	});

	it('forgets the oldest key beyond its size, and a failure at once', async () => {
		const cache = new ResultCache<string>(2);
		let runs = 0;
		const compute = (value: string) => async () => (runs++, value);
		await cache.get('a', compute('a'));
		await cache.get('b', compute('b'));
		await cache.get('c', compute('c'));
		await cache.get('a', compute('a again'));
		expect(runs).toBe(4);
		await expect(cache.get('x', () => Promise.reject(new Error('busy')))).rejects.toThrow('busy');
		expect(await cache.get('x', compute('x'))).toBe('x');
	});
});

describe('liveInputsKey', () => {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-live-key-'));
	let context: AppContext;

	beforeAll(async () => {
		context = await appContext(serverConfig({ PARALLAX_DATA_DIR: dataDir }));
	});

	afterAll(() => {
		closeDatabase(dataDir);
		fs.rmSync(dataDir, { recursive: true, force: true });
	});

	it('changes when an approval record changes, since timing KPIs are read from them', () => {
		const sample = findCampaign(context.db, 'sample')!;
		const before = liveInputsKey(context, sample);
		expect(liveInputsKey(context, sample)).toBe(before);
		const [first] = context.timeline.listApprovals('sample');
		context.timeline.saveApprovals('sample', [{ ...first!, decision: 'changes_requested' }], {
			now: new Date('2030-01-01T00:00:00Z')
		});
		expect(liveInputsKey(context, sample)).not.toBe(before);
	});
});
