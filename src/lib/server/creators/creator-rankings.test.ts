import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as aq from 'arquero';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appContext, type AppContext } from '../app-context';
import { findCampaign } from '../campaign-store';
import { serverConfig } from '../config';
import { closeDatabase } from '../database';
import { withScoringTables } from '../definitions/score-service';
import { creatorRankings } from './creator-rankings';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-creator-rankings-'));
let context: AppContext;

beforeAll(async () => {
	context = await appContext(serverConfig({ PARALLAX_DATA_DIR: dir, PARALLAX_NOW: '2026-11-25' }));
});

afterAll(() => {
	closeDatabase(dir);
	fs.rmSync(dir, { recursive: true, force: true });
});

const sample = () => findCampaign(context.db, 'sample')!;

/**
 * The oracle for Brazil's engagement rate by reach per creator: the rows read by plain SQL,
 * then each content item's largest reach and the creator's sums taken by arquero.
 */
async function brazilErReach(): Promise<Map<string, number>> {
	const rows = await withScoringTables(context, sample(), ({ engine, tables }) =>
		engine.query(
			`SELECT creator_id, content_id, likes + comments + shares + saves AS engagements, reach
			FROM "${tables.base}" WHERE market = 'BR' AND creator_id IS NOT NULL`
		)
	);
	const perContent = aq
		.from(rows)
		.groupby('creator_id', 'content_id')
		.rollup({ engagements: aq.op.sum('engagements'), reach: aq.op.max('reach') })
		.groupby('creator_id')
		.rollup({ engagements: aq.op.sum('engagements'), reach: aq.op.sum('reach') })
		.objects() as { creator_id: string; engagements: number; reach: number }[];
	return new Map(perContent.map((r) => [r.creator_id, r.engagements / r.reach]));
}

describe('creatorRankings on the sample campaign', () => {
	it("ranks every market's creators under the market's own definition, best first", async () => {
		const rankings = await creatorRankings(context, sample());
		expect(rankings.map((r) => [r.market, r.definition.id])).toEqual([
			['US', 'us-brand'],
			['MX', 'latam-partner'],
			['BR', 'latam-partner'],
			['CO', 'latam-partner'],
			['AR', 'latam-partner']
		]);
		for (const ranking of rankings) {
			expect(ranking.creators.length).toBeGreaterThan(3);
			expect(ranking.leftOut).toEqual([]);
			const scores = ranking.creators.map((c) => c.score ?? -1);
			expect(scores).toEqual([...scores].sort((a, b) => b - a));
		}
	});

	it("reads each creator's KPI from the creator's own rows", async () => {
		const brazil = (await creatorRankings(context, sample())).find((r) => r.market === 'BR')!;
		const expected = await brazilErReach();
		expect(brazil.creators.map((c) => c.creatorId).sort()).toEqual([...expected.keys()].sort());
		for (const creator of brazil.creators) {
			const erReach = creator.kpis.find((kpi) => kpi.metric === 'er_reach')!.actual!;
			expect(erReach).toBeCloseTo(expected.get(creator.creatorId)!, 12);
		}
	});
});
