import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appContext } from './app-context';
import { serverConfig } from './config';
import { closeDatabase } from './database';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-sample-definitions-'));

afterAll(() => {
	closeDatabase(dir);
	fs.rmSync(dir, { recursive: true, force: true });
});

describe('the sample campaign on a fresh install', () => {
	it('arrives with its definitions signed off by its demo people, who cannot sign in', async () => {
		const context = await appContext(serverConfig({ PARALLAX_DATA_DIR: dir }));
		const definitions = context.definitions.latest('sample');
		expect(definitions.map((d) => [d.id, d.version, d.signedOff])).toEqual([
			['latam-partner', 1, true],
			['us-brand', 1, true]
		]);
		const brand = definitions.find((d) => d.id === 'us-brand')!;
		expect(brand.signatories.map((s) => [s.name, s.signedAt])).toEqual([
			['Marcus Reed', '2026-10-08T16:20:00.000Z'],
			['Olivia Grant', '2026-10-09T13:05:00.000Z']
		]);
		expect(brand.kpis[1]).toEqual({
			metric: 'cpa',
			comparator: '<=',
			target: 20,
			unit: 'currency',
			currency: 'USD',
			weight: 0.4,
			bands: { win: 1, onTrack: 0.85 }
		});
		const marcus = context.people.accounts.findForSignIn('marcus.reed@example.com')!;
		expect(context.people.memberships.find(marcus.account.id, 'sample')).toMatchObject({
			role: 'market_lead',
			markets: ['US']
		});
		expect(context.people.accounts.hasAdministrator()).toBe(false);
	});
});
