import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as aq from 'arquero';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObservedEffect } from '$lib/domain/effects/observed-effect';
import { appContext, type AppContext } from '../app-context';
import { findCampaign } from '../campaign-store';
import { serverConfig } from '../config';
import { closeDatabase } from '../database';
import { withScoringTables } from '../definitions/score-service';
import { observedEffects } from './observed-effect-service';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-observed-effect-'));
let context: AppContext;

beforeAll(async () => {
	context = await appContext(serverConfig({ PARALLAX_DATA_DIR: dir }));
});

afterAll(() => {
	closeDatabase(dir);
	fs.rmSync(dir, { recursive: true, force: true });
});

const sample = () => findCampaign(context.db, 'sample')!;

async function sampleEffects(days?: number) {
	return observedEffects(context, sample(), context.annotations.list('sample'), {
		days,
		asOf: '2026-11-22'
	});
}

function measured(effect: unknown): Extract<ObservedEffect, { status: 'measured' }> {
	expect(effect).toMatchObject({ status: 'measured' });
	return effect as Extract<ObservedEffect, { status: 'measured' }>;
}

/**
 * The oracle: each day's reporting-currency spend per market summed by plain SQL, then the
 * mean over each side and the window's mean difference computed by arquero.
 */
async function meanSpendDifference(scope: string, from: string, to: string) {
	const rows = await withScoringTables(context, sample(), ({ engine, tables }) =>
		engine.query(
			`SELECT date::VARCHAR AS day, market, sum(spend) AS spend FROM "${tables.base}"
			WHERE date BETWEEN DATE '${from}' AND DATE '${to}' GROUP BY ALL`
		)
	);
	return aq
		.from(rows)
		.derive({ side: aq.escape((d: { market: string }) => (d.market === scope ? 'in' : 'out')) })
		.groupby('day', 'side')
		.rollup({ spend: aq.op.mean('spend') })
		.groupby('day')
		.pivot('side', 'spend')
		.derive({ difference: (d: { in: number; out: number }) => d.in - d.out })
		.rollup({ mean: aq.op.mean('difference'), days: aq.op.count() })
		.object() as { mean: number; days: number };
}

describe('observed effects of the sample campaign’s decisions', () => {
	it('measures the Brazilian decision against the other four markets, as plain SQL does', async () => {
		const effects = await sampleEffects();
		const tiktok = measured(effects.get('ann-br-tiktok-shift'));
		expect(tiktok.scopeMarkets).toEqual(['BR']);
		expect(tiktok.comparisonMarkets).toEqual(['US', 'MX', 'CO', 'AR']);
		expect(tiktok.before).toMatchObject({ from: '2026-11-08', to: '2026-11-14', days: 7 });
		expect(tiktok.after).toMatchObject({ from: '2026-11-15', to: '2026-11-21', days: 7 });
		const before = await meanSpendDifference('BR', '2026-11-08', '2026-11-14');
		const after = await meanSpendDifference('BR', '2026-11-15', '2026-11-21');
		expect(tiktok.before.meanDifference).toBeCloseTo(before.mean, 6);
		expect(tiktok.after.meanDifference).toBeCloseTo(after.mean, 6);
		expect(tiktok.estimate).toBeCloseTo(after.mean - before.mean, 6);
		expect(tiktok.low).toBeLessThan(tiktok.estimate);
		expect(tiktok.high).toBeGreaterThan(tiktok.estimate);
	});

	it('finds the Mexican cap inconclusive: the over-pace day it answers widens the interval', async () => {
		const cap = measured((await sampleEffects()).get('ann-mx-daily-cap'));
		expect(cap.estimate).toBeLessThan(0);
		expect(cap.verdict).toBe('inconclusive');
	});

	it('follows the number of days asked for, within the data', async () => {
		const short = measured((await sampleEffects(3)).get('ann-br-tiktok-shift'));
		expect(short.before).toMatchObject({ from: '2026-11-12', to: '2026-11-14', days: 3 });
		expect(short.after).toMatchObject({ from: '2026-11-15', to: '2026-11-17', days: 3 });
		const long = measured((await sampleEffects(14)).get('ann-br-tiktok-shift'));
		expect(long.after).toMatchObject({ to: '2026-11-22', days: 8 });
	});

	it('leaves notes, learnings and disagreements unmeasured', async () => {
		const effects = await sampleEffects();
		expect(effects.get('ann-us-press-mention')).toEqual({ status: 'no_expectation' });
		expect(effects.get('ann-mx-on-target')).toEqual({ status: 'no_expectation' });
	});
});
