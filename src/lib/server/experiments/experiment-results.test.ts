/**
 * The sample's creative test read from the campaign's facts, checked against `parallax split`
 * reading the same rows from a file (the five market CSVs joined) with --denominator and
 * --by market, and its counts against a plain reading of the CSVs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExperimentReading } from '$lib/domain/experiments/experiment-reading';
import { appContext, type AppContext } from '../app-context';
import { findCampaign } from '../campaign-store';
import { parseCommand } from '../cli/arguments';
import { runSplit } from '../cli/split-command';
import type { SplitDocument } from '../cli/split-document';
import { serverConfig } from '../config';
import { closeDatabase } from '../database';
import { SAMPLE_EXPERIMENT } from '../sample-experiments';
import { readExperiment } from './experiment-results';

const root = path.resolve(import.meta.dirname, '../../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-experiment-results-'));
const config = serverConfig({ PARALLAX_DATA_DIR: dir, PARALLAX_NOW: '2026-11-25' });
const MARKETS = ['US', 'MX', 'BR', 'CO', 'AR'];

/** The sample's facts as plain rows: the oracle for counts. */
const lines = MARKETS.map((market) =>
	fs
		.readFileSync(path.join(root, 'data/sample/facts', `${market}.csv`), 'utf8')
		.trim()
		.split('\n')
);
const header = lines[0]![0]!.split(',');
const facts = lines.flatMap((file) =>
	file.slice(1).map((line) => {
		const cells = line.split(',');
		return Object.fromEntries(header.map((name, i) => [name, cells[i]!])) as Record<
			string,
			string
		> & { date: string; market: string; variant: string };
	})
);
const joined = path.join(dir, 'sample-facts.csv');
fs.writeFileSync(joined, [lines[0]![0], ...lines.flatMap((file) => file.slice(1))].join('\n'));

let context: AppContext;
let reading: ExperimentReading;
let file: SplitDocument;

beforeAll(async () => {
	context = await appContext(config);
	const campaign = findCampaign(context.db, 'sample')!;
	reading = await readExperiment(
		context,
		campaign,
		context.experiments.find('sample', SAMPLE_EXPERIMENT.id)!
	);
	const command = parseCommand([
		'split',
		joined,
		'--variant',
		'variant',
		'--control',
		'A',
		'--metric',
		'clicks',
		'--denominator',
		'impressions',
		'--by',
		'market',
		'--json'
	]);
	if (command.command !== 'split') throw new Error('not a split command');
	file = JSON.parse(await runSplit(command));
}, 120_000);

afterAll(() => {
	closeDatabase(dir);
	fs.rmSync(dir, { recursive: true, force: true });
});

/** A comparison's numbers that both modes compute alike (the sample-ratio check differs). */
function numbers(group: {
	variants: { name: string; n: number; conversions: number; denominator: number; rate: number }[];
	diff: number;
	ci95: number[];
	rel_lift?: number | null;
	relLift?: number | null;
	p: number | null;
	p_adjusted?: number | null;
	pAdjusted?: number | null;
	prob_beat_control?: number;
	probBeatControl?: number;
}) {
	return [
		...group.variants.flatMap((v) => [v.n, v.conversions, v.denominator, v.rate]),
		group.diff,
		...group.ci95,
		group.rel_lift ?? group.relLift ?? null,
		group.p,
		group.p_adjusted ?? group.pAdjusted ?? null,
		group.prob_beat_control ?? group.probBeatControl
	];
}

function expectSame(
	actual: (number | null | undefined)[],
	expected: (number | null | undefined)[]
) {
	expect(actual).toHaveLength(expected.length);
	actual.forEach((value, i) => {
		if (expected[i] === null) expect(value).toBeNull();
		else expect(value).toBeCloseTo(expected[i]!, 12);
	});
}

describe('the sample’s creative test read from the campaign', () => {
	it('reads the campaign’s dates up to the as-of day, every market in the test’s order', () => {
		expect(reading.asOf).toBe('2026-11-22');
		expect(reading.window).toEqual({ from: '2026-09-28', to: '2026-11-22' });
		expect(reading.daysToEnd).toBe(0);
		expect(reading.summary!.groups.map((g) => g.group)).toEqual(MARKETS);
		expect(reading.missing).toEqual([]);
		expect(reading.leftOut).toEqual([]);
	});

	it('gives every market, the pooled row and the combined estimate the file mode’s numbers', () => {
		const summary = reading.summary!;
		for (const group of summary.groups) {
			const same = file.groups.find((g) => g.group === group.group)!;
			expectSame(numbers(group), numbers(same));
		}
		expectSame(numbers(summary.pooled), numbers(file.pooled));
		expectSame(
			[summary.combined!.diff, ...summary.combined!.ci95],
			[file.combined!.diff, ...file.combined!.ci95]
		);
		expect(summary.heterogeneity!.q).toBeCloseTo(file.heterogeneity!.q, 9);
		expect(summary.simpson).toEqual({
			warning: file.simpson_warning,
			reasons: file.simpson_reasons
		});
	});

	it('counts the rows and sums of the CSVs, per market and variant', () => {
		for (const group of reading.summary!.groups) {
			group.variants.forEach((variant) => {
				const rows = facts.filter((r) => r.market === group.group && r.variant === variant.name);
				expect(variant.n).toBe(rows.length);
				expect(variant.conversions).toBe(rows.reduce((s, r) => s + Number(r.clicks), 0));
				expect(variant.denominator).toBe(rows.reduce((s, r) => s + Number(r.impressions), 0));
			});
		}
	});

	it('flags the sample-ratio mismatch of Argentina’s rows, 190/108, and no other market', () => {
		const flagged = reading.summary!.groups.filter((g) => g.srm.mismatch);
		expect(flagged.map((g) => g.group)).toEqual(['AR']);
		expect(flagged[0]!.variants.map((v) => v.n)).toEqual([190, 108]);
		expect(flagged[0]!.srm.p).toBeLessThan(1e-5);
		// data/README.md: the pooled rows split 773/692, p = 0.034.
		expect(reading.summary!.pooled.srm.p).toBeCloseTo(0.034, 3);
	});

	it('warns of Simpson’s paradox: B wins in four markets, pooled it loses by 23%', () => {
		const { groups, pooled, simpson } = reading.summary!;
		expect(groups.filter((g) => g.relLift! > 0).map((g) => g.group)).toEqual([
			'US',
			'MX',
			'BR',
			'CO'
		]);
		expect(pooled.relLift).toBeCloseTo(-0.232, 3);
		expect(simpson.warning).toBe(true);
	});

	it('sizes each market for a 5% lift and counts the days at the last week’s traffic', () => {
		expect(reading.power.map((p) => p.group)).toEqual(MARKETS);
		const us = reading.power[0]!;
		const lastWeek = (variant: string) =>
			facts
				.filter((r) => r.market === 'US' && r.variant === variant && r.date > '2026-11-15')
				.reduce((s, r) => s + Number(r.impressions), 0) / 7;
		expect(us.daily.control).toBeCloseTo(lastWeek('A'), 9);
		expect(us.daily.treatment).toBeCloseTo(lastWeek('B'), 9);
		expect(us.designEffect).toBeGreaterThan(1);
		expect(us.needed!.control).toBeGreaterThan(us.have.control);
		expect(us.daysLeft).toBe(Math.ceil((us.needed!.control - us.have.control) / us.daily.control));
	});
});

describe('a test read on another day or with variants the data lacks', () => {
	it('reads only the days up to the as-of day', async () => {
		const campaign = findCampaign(context.db, 'sample')!;
		const test = context.experiments.find('sample', SAMPLE_EXPERIMENT.id)!;
		const early = await readExperiment(context, campaign, test, { asOf: '2026-11-08' });
		expect(early.window).toEqual({ from: '2026-09-28', to: '2026-11-08' });
		expect(early.daysToEnd).toBe(14);
		// By then Colombia had one row of A and Argentina no B yet (the CSVs, counted by hand).
		expect(early.missing).toEqual([
			{ market: 'CO', variant: 'A', reason: 'too_few_rows' },
			{ market: 'AR', variant: 'B', reason: 'no_rows' }
		]);
		expect(early.summary!.groups.map((g) => g.group)).toEqual(['US', 'MX', 'BR']);
		for (const group of early.summary!.groups) {
			const rows = facts.filter(
				(r) => r.market === group.group && r.variant === 'A' && r.date <= '2026-11-08'
			);
			expect(group.variants[0].n).toBe(rows.length);
		}
		const before = await readExperiment(context, campaign, test, { asOf: '2026-09-01' });
		expect(before).toMatchObject({ window: null, summary: null, power: [] });
	});

	it('names each market it cannot read and why', async () => {
		const campaign = findCampaign(context.db, 'sample')!;
		const test = context.experiments.create(
			'sample',
			{
				name: 'Creative C',
				variants: ['A', 'C'],
				markets: ['MX', 'BR'],
				metric: { numerator: 'clicks', denominator: 'impressions' },
				start: '2026-11-02',
				end: '2026-11-22',
				mde: 0.05
			},
			null
		);
		const read = await readExperiment(context, campaign, test);
		expect(read.summary).toBeNull();
		expect(read.missing).toEqual([
			{ market: 'MX', variant: 'C', reason: 'no_rows' },
			{ market: 'BR', variant: 'C', reason: 'no_rows' }
		]);
	});
});
