import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignSchema } from '$lib/domain/campaign';
import { readApprovalsCsv } from '$lib/domain/timeline/approvals-csv';
import { campaignTiming } from '$lib/domain/timeline/campaign-timeline';
import { readSourcingCsv } from '$lib/domain/timeline/sourcing-csv';
import { TIMING_METRIC_IDS } from '$lib/domain/timeline/timing-metrics';
import { appContext } from '$lib/server/app-context';
import { findCampaign } from '$lib/server/campaign-store';
import { creatorRankings } from '$lib/server/creators/creator-rankings';
import { serverConfig } from '$lib/server/config';
import { closeDatabase } from '$lib/server/database';
import type { TimelineDocument } from '$lib/server/cli/timeline-document';
import { parallaxCli } from '../support/parallax-cli';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-cli-timeline-'));
const sampleFile = (name: string) => fs.readFileSync(path.join(root, 'data/sample', name), 'utf8');

const parallax = parallaxCli({ PARALLAX_DATA_DIR: dataDir, PARALLAX_NOW: '2026-11-25' });

async function timeline(): Promise<TimelineDocument> {
	const result = await parallax('timeline', '--campaign', 'sample', '--json');
	expect(result.code, result.stderr).toBe(0);
	return JSON.parse(result.stdout);
}

function marketOf(document: TimelineDocument, code: string) {
	return document.markets.find((m) => m.market === code)!;
}

let sample: TimelineDocument;

beforeAll(async () => {
	// The first run seeds the sample campaign into the new data directory.
	sample = await timeline();
}, 180_000);

afterAll(() => {
	closeDatabase(dataDir);
	fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('parallax timeline on the sample campaign', () => {
	it('lists every market with its phases planned against actual', () => {
		expect(sample.markets.map((m) => m.market)).toEqual(['US', 'MX', 'BR', 'CO', 'AR']);
		expect(marketOf(sample, 'US').phases[0]).toEqual({
			phase: 'alignment',
			planned_start: '2026-09-28',
			planned_end: '2026-10-11',
			actual_start: '2026-09-28',
			actual_end: '2026-10-11',
			slip_days: 0,
			buffer_used_days: 0
		});
	});

	it("shows Colombia's sourcing overrun passed on by the soft launch and squeezing the live phase", () => {
		const slips = (code: string) =>
			marketOf(sample, code).phases.map((p) => [p.phase, p.slip_days, p.buffer_used_days]);
		expect(slips('CO')).toEqual([
			['alignment', 0, 0],
			['sourcing', 2, 0],
			['soft_launch', 2, 0],
			['live', 0, 2]
		]);
		// Argentina's late sign-off: alignment over by two days, sourcing absorbed them.
		expect(slips('AR').slice(0, 2)).toEqual([
			['alignment', 2, 0],
			['sourcing', 0, 2]
		]);
		expect(slips('BR')[1]).toEqual(['sourcing', -2, 0]);
	});

	it('gives every timing metric of every market, as the records of the sample files measure them', async () => {
		const campaign = campaignSchema.parse(JSON.parse(sampleFile('campaign.json')));
		const context = await appContext(serverConfig({ PARALLAX_DATA_DIR: dataDir }));
		const stored = findCampaign(context.db, 'sample')!;
		const expected = campaignTiming(
			{ ...campaign, actualPhases: stored.actualPhases },
			readSourcingCsv(sampleFile('sourcing.csv'), campaign.markets).records,
			readApprovalsCsv(sampleFile('approvals.csv'), campaign.markets).records
		);
		for (const market of sample.markets) {
			expect(Object.keys(market.timing)).toEqual([...TIMING_METRIC_IDS]);
			for (const id of TIMING_METRIC_IDS) {
				expect(market.timing[id], `${market.market} ${id}`).toBeCloseTo(
					expected[market.market]![id]!,
					4
				);
			}
		}
	});

	it('tells the seed story: slower cold outreach and more revision rounds in LATAM', () => {
		const us = marketOf(sample, 'US').timing;
		for (const code of ['MX', 'BR', 'CO', 'AR']) {
			const latam = marketOf(sample, code).timing;
			expect(latam.sourcing_days_to_agree_cold!).toBeGreaterThan(us.sourcing_days_to_agree_cold!);
			expect(latam.revision_rounds!).toBeGreaterThan(us.revision_rounds!);
			expect(latam.first_time_approval_share!).toBeLessThan(us.first_time_approval_share!);
			expect(latam.approval_hours_median!).toBeGreaterThan(us.approval_hours_median!);
		}
		// Only Argentina's creative B, held in legal review, was approved after its day.
		expect(
			sample.markets.filter((m) => m.timing.content_late_share! > 0).map((m) => m.market)
		).toEqual(['AR']);
	});

	it('prints a readable table without --json', async () => {
		const result = await parallax('timeline', '--campaign', 'sample');
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toContain('CO\n  alignment');
		expect(result.stdout).toMatch(/Approval cycle time \(median\): [\d.]+ h/);
	});
});

describe('a timing KPI scored from the command line', () => {
	it('takes its actual from the timing metrics', async () => {
		const context = await appContext(serverConfig({ PARALLAX_DATA_DIR: dataDir }));
		context.definitions.save(
			'sample',
			{
				id: 'fast-approvals',
				team: 'LATAM partner team',
				markets: ['BR'],
				rationale: 'Content must not wait.',
				cap: 1.5,
				kpis: [
					{
						metric: 'approval_hours_median',
						comparator: '<=',
						target: 48,
						unit: 'ratio',
						weight: 1
					}
				]
			},
			[],
			null,
			null
		);
		const result = await parallax('score', '--campaign', 'sample', '--json');
		expect(result.code, result.stderr).toBe(0);
		const scored = JSON.parse(result.stdout).results.find(
			(r: { market: string; definition: string }) =>
				r.market === 'BR' && r.definition === 'fast-approvals'
		);
		const median = marketOf(sample, 'BR').timing.approval_hours_median!;
		expect(scored.kpis[0].actual).toBeCloseTo(median, 4);
		expect(scored.kpis[0].attainment).toBeCloseTo(48 / median, 4);
		// Creators are ranked on fact KPIs only; a timing KPI of a definition does not stop them.
		const rankings = await creatorRankings(
			context,
			findCampaign(context.db, 'sample')!,
			'2026-11-22'
		);
		expect(rankings.map((r) => r.market)).toEqual(['US', 'MX', 'BR', 'CO', 'AR']);
	});
});

describe('parallax timeline-import', () => {
	it('refuses bad approval records with their reasons and loads the rest', async () => {
		const file = path.join(dataDir, 'approvals-extra.csv');
		fs.writeFileSync(
			file,
			[
				'content_id,market,revision,submitted_at,submitted_zone,decided_at,decided_zone,decision',
				'br-extra-p1,BR,1,2026-10-30 17:00,America/Sao_Paulo,2026-11-02 10:00,America/New_York,approved',
				'br-extra-p2,BR,1,2026-11-02 10:00,America/Sao_Paulo,2026-11-01 10:00,America/New_York,approved',
				'pe-extra-p1,PE,1,2026-11-02 10:00,America/Lima,2026-11-03 10:00,America/Lima,approved'
			].join('\n')
		);
		const result = await parallax(
			'timeline-import',
			file,
			'--campaign',
			'sample',
			'--kind',
			'approvals',
			'--json'
		);
		expect(result.code, result.stderr).toBe(0);
		const report = JSON.parse(result.stdout);
		expect(report).toMatchObject({
			file: 'approvals-extra.csv',
			kind: 'approvals',
			loaded: 1,
			rejected_rows: 2,
			saved: { added: 1, updated: 0, removed: 0 }
		});
		expect(report.rejects).toEqual([
			{
				line: 3,
				column: 'decided_at',
				value: '2026-11-01 10:00',
				code: 'problem_timeline_decided_before_submitted',
				reason: 'decided before it was submitted (2026-11-02 10:00)'
			},
			{
				line: 4,
				column: 'market',
				value: 'PE',
				code: 'problem_creator_market',
				reason: "not one of this campaign's markets (US, MX, BR, CO, AR)"
			}
		]);
	});

	it('refuses an overlapping phase, sets the others, and the timeline shows them', async () => {
		const file = path.join(dataDir, 'phases.csv');
		fs.writeFileSync(
			file,
			[
				'market,phase,actual_start,actual_end',
				'US,live,2026-11-10,2026-11-22',
				'MX,soft_launch,2026-10-30,2026-11-08'
			].join('\n')
		);
		const result = await parallax(
			'timeline-import',
			file,
			'--campaign',
			'sample',
			'--kind',
			'phases'
		);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toContain('1 rows loaded (1 phases set), 1 rows rejected');
		expect(result.stdout).toContain(
			'line 3: Overlaps Sourcing & briefing, which runs until 2026-11-01.'
		);
		const after = await timeline();
		expect(marketOf(after, 'US').phases[3]).toMatchObject({
			actual_start: '2026-11-10',
			slip_days: 0,
			buffer_used_days: 1
		});
		expect(marketOf(after, 'MX').phases[2]!.actual_start).toBe('2026-11-02');
	});

	it('refuses an unknown kind before doing anything', async () => {
		const result = await parallax(
			'timeline-import',
			'x.csv',
			'--campaign',
			'sample',
			'--kind',
			'x'
		);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--kind expects sourcing, approvals or phases');
	});
});
