import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignSchema } from '$lib/domain/campaign';
import { createNodeEngine } from '$lib/engine/node-engine';
import type { Engine } from '$lib/engine/engine';
import { quoteString } from '$lib/sql/quote';
import { writeBenchmarkCsv } from '../../data/generator/benchmark';
import { FACTS_HEADER } from '../../data/generator/facts-csv';
import { CATALOG_METRICS } from '../../data/generator/metrics';
import { MARKET_CODES } from '../../data/generator/markets';
import { buildSampleFiles, toFactsPath } from '../../data/generator/sample-files';

const SAMPLE_DIR = fileURLToPath(new URL('../../data/sample/', import.meta.url));
const COUNT_COLUMNS = [
	'impressions',
	'views',
	'likes',
	'comments',
	'shares',
	'saves',
	'clicks',
	'conversions',
	'reach',
	'followers'
] as const;

type Record = { [column: string]: string };

function readSample(path: string): string {
	return readFileSync(join(SAMPLE_DIR, path), 'utf8');
}

// The sample's CSVs hold no quoted cells (checked below), so a split on commas is exact.
function parseCsv(text: string): { header: string[]; records: Record[] } {
	const [headerLine, ...lines] = text.trimEnd().split('\n');
	const header = (headerLine ?? '').split(',');
	const records = lines.map((line) => {
		const cells = line.split(',');
		return Object.fromEntries(header.map((column, index) => [column, cells[index] ?? '']));
	});
	return { header, records };
}

function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? listFiles(join(dir, entry.name))
			: [relative(SAMPLE_DIR, join(dir, entry.name))]
	);
}

const creators = parseCsv(readSample('creators.csv')).records;
const facts = Object.fromEntries(
	MARKET_CODES.map((market) => [market, parseCsv(readSample(toFactsPath(market)))])
);
const allRows = MARKET_CODES.flatMap((market) => facts[market]?.records ?? []);

describe('the committed sample campaign', () => {
	it('has a campaign.json that the campaign schema accepts', () => {
		const campaign = campaignSchema.parse(JSON.parse(readSample('campaign.json')));
		expect(campaign.id).toBe('sample');
		expect(campaign.markets.map((market) => market.code)).toEqual([...MARKET_CODES]);
		expect(Object.keys(campaign.budgets)).toEqual([...MARKET_CODES]);
		expect(campaign.phases.map((phase) => phase.start)).toEqual([
			'2026-09-28',
			'2026-10-12',
			'2026-11-02',
			'2026-11-09'
		]);
	});

	it('writes every facts file with the canonical header and no quoted cells', () => {
		for (const market of MARKET_CODES) {
			const text = readSample(toFactsPath(market));
			expect(text.split('\n')[0]).toBe(FACTS_HEADER.join(','));
			expect(text).not.toContain('"');
		}
	});

	it('keeps each row in its own market file, in its currency, inside the data window', () => {
		const currencies = { US: 'USD', MX: 'MXN', BR: 'BRL', CO: 'COP', AR: 'ARS' };
		for (const market of MARKET_CODES) {
			const rows = facts[market]?.records ?? [];
			expect(rows.length).toBeGreaterThan(200);
			for (const row of rows) {
				expect(row.market).toBe(market);
				expect(row.currency).toBe(currencies[market]);
				expect(row.date ?? '').toMatch(/^2026-11-(0[2-9]|1\d|2[0-2])$/);
			}
		}
	});

	it('has non-negative integer counts, money with two decimals, and consistent funnels', () => {
		for (const row of allRows) {
			for (const column of COUNT_COLUMNS) expect(row[column]).toMatch(/^\d+$/);
			expect(row.spend).toMatch(/^\d+\.\d{2}$/);
			expect(row.revenue).toMatch(/^\d+\.\d{2}$/);
			const engagements =
				Number(row.likes) + Number(row.comments) + Number(row.shares) + Number(row.saves);
			expect(Number(row.views)).toBeLessThanOrEqual(Number(row.impressions));
			expect(engagements).toBeLessThanOrEqual(Number(row.views));
			expect(Number(row.clicks)).toBeLessThanOrEqual(Number(row.impressions));
			expect(Number(row.conversions)).toBeLessThanOrEqual(Number(row.clicks));
		}
	});

	it('keeps followers constant per creator and reach a growing snapshot per post', () => {
		const followers = new Map<string, string>();
		const lastReach = new Map<string, { date: string; reach: number; impressions: number }>();
		const byDate = [...allRows].sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : 1));
		for (const row of byDate) {
			const creator = row.creator_id ?? '';
			expect(followers.get(creator) ?? row.followers).toBe(row.followers);
			followers.set(creator, row.followers ?? '');
			const post = row.content_id ?? '';
			const previous = lastReach.get(post);
			const reach = Number(row.reach);
			const impressions = (previous?.impressions ?? 0) + Number(row.impressions);
			expect(reach).toBeGreaterThanOrEqual(previous?.reach ?? 0);
			expect(reach).toBeLessThanOrEqual(impressions);
			lastReach.set(post, { date: row.date ?? '', reach, impressions });
		}
	});

	it('matches creators.csv: every creator exists with the same market, platform and followers', () => {
		const byId = new Map(creators.map((creator) => [creator.creator_id, creator]));
		expect(byId.size).toBe(60);
		for (const row of allRows) {
			const creator = byId.get(row.creator_id ?? '');
			expect(creator, `creator ${row.creator_id}`).toBeDefined();
			expect(creator?.market).toBe(row.market);
			expect(creator?.platform).toBe(row.platform);
			expect(creator?.followers).toBe(row.followers);
		}
	});

	it('gives each creator 1–4 posts, each post one creator, variant and row per day', () => {
		const posts = new Map<string, { creator: string; variant: string; dates: Set<string> }>();
		for (const row of allRows) {
			const post = posts.get(row.content_id ?? '') ?? {
				creator: row.creator_id ?? '',
				variant: row.variant ?? '',
				dates: new Set<string>()
			};
			expect(post.creator).toBe(row.creator_id);
			expect(post.variant).toBe(row.variant);
			expect(post.dates.has(row.date ?? '')).toBe(false);
			post.dates.add(row.date ?? '');
			posts.set(row.content_id ?? '', post);
		}
		const perCreator = new Map<string, number>();
		for (const post of posts.values()) {
			perCreator.set(post.creator, (perCreator.get(post.creator) ?? 0) + 1);
		}
		expect(perCreator.size).toBe(60);
		for (const count of perCreator.values()) expect(count >= 1 && count <= 4).toBe(true);
	});

	it('runs both creative variants in every market', () => {
		for (const market of MARKET_CODES) {
			const variants = new Set((facts[market]?.records ?? []).map((row) => row.variant));
			expect([...variants].sort()).toEqual(['A', 'B']);
		}
	});

	it('lists a USD rate for every currency on every campaign day', () => {
		const rates = parseCsv(readSample('fx.csv')).records;
		expect(rates).toHaveLength(56 * 5);
		expect(rates.filter((rate) => rate.currency === 'USD').every((rate) => rate.rate === '1')).toBe(
			true
		);
		for (const rate of rates) expect(Number(rate.rate)).toBeGreaterThan(0);
	});

	it('ties definitions and annotations to catalog metrics and to people who exist', () => {
		const people = new Set(
			(JSON.parse(readSample('people.json')) as { id: string }[]).map((person) => person.id)
		);
		const definitions = JSON.parse(readSample('definitions.json')) as {
			kpis: { metric: string }[];
			signatories: { person: string }[];
		}[];
		expect(definitions).toHaveLength(2);
		for (const definition of definitions) {
			for (const kpi of definition.kpis) expect(CATALOG_METRICS).toContain(kpi.metric);
			for (const signatory of definition.signatories) expect(people).toContain(signatory.person);
		}
		const annotations = JSON.parse(readSample('annotations.json')) as {
			id: string;
			kind: string;
			author: string;
			links: string[];
			resolution?: null;
		}[];
		const ids = new Set(annotations.map((annotation) => annotation.id));
		const disagreements = annotations.filter((annotation) => annotation.kind === 'disagreement');
		expect(disagreements).toHaveLength(1);
		expect(disagreements[0]?.resolution).toBeNull();
		for (const annotation of annotations) {
			expect(people).toContain(annotation.author);
			for (const link of annotation.links) expect(ids).toContain(link);
		}
	});

	it('orders every sourcing and approval date before the first day of data of the post', () => {
		const timeline = JSON.parse(readSample('timeline.json')) as {
			creators: {
				creator_id: string;
				contacted_on: string;
				agreed_on: string;
				briefed_on: string;
			}[];
			content: {
				content_id: string;
				creator_id: string;
				draft_submitted_on: string;
				approved_on: string;
				published_on: string;
			}[];
		};
		const firstDay = new Map<string, string>();
		for (const row of allRows) {
			const post = row.content_id ?? '';
			if (!firstDay.has(post) || (firstDay.get(post) ?? '') > (row.date ?? '')) {
				firstDay.set(post, row.date ?? '');
			}
		}
		const briefed = new Map(timeline.creators.map((creator) => [creator.creator_id, creator]));
		for (const creator of timeline.creators) {
			expect(creator.contacted_on < creator.agreed_on).toBe(true);
			expect(creator.agreed_on < creator.briefed_on).toBe(true);
		}
		expect(timeline.content).toHaveLength(firstDay.size);
		for (const post of timeline.content) {
			expect((briefed.get(post.creator_id)?.briefed_on ?? '') < post.draft_submitted_on).toBe(true);
			expect(post.draft_submitted_on < post.approved_on).toBe(true);
			expect(post.approved_on < post.published_on).toBe(true);
			expect(post.published_on).toBe(firstDay.get(post.content_id));
		}
	});
});

describe('the sample generator', () => {
	const generated = buildSampleFiles();

	it('reproduces the committed files byte for byte from its seeds', () => {
		expect(listFiles(SAMPLE_DIR).sort()).toEqual(Object.keys(generated.files).sort());
		for (const [path, text] of Object.entries(generated.files)) {
			expect(readSample(path), path).toBe(text);
		}
	});

	it('shows every planted pattern it documents', () => {
		expect(generated.problems).toEqual([]);
		const pooled = generated.findings.splitTest.find((result) => result.scope === 'pooled');
		const marketsWhereBWins = generated.findings.splitTest.filter(
			(result) => result.scope !== 'pooled' && result.lift > 0
		);
		expect(marketsWhereBWins.length).toBeGreaterThanOrEqual(4);
		expect(pooled?.lift).toBeLessThan(0);
	});

	it('writes a benchmark file of exactly the asked rows with the canonical header', () => {
		const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
		try {
			const path = join(dir, 'bench.csv');
			const result = writeBenchmarkCsv(5000, path);
			const { header, records } = parseCsv(readFileSync(path, 'utf8'));
			expect(result.rows).toBe(5000);
			expect(header).toEqual([...FACTS_HEADER]);
			expect(records).toHaveLength(5000);
			expect(new Set(records.map((row) => row.market))).toEqual(new Set(MARKET_CODES));
			const keys = new Set(records.map((row) => `${row.date}|${row.content_id}`));
			expect(keys.size).toBe(5000);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('the sample facts in DuckDB', () => {
	let engine: Engine;

	beforeAll(async () => {
		engine = await createNodeEngine();
		for (const market of MARKET_CODES) {
			const name = `sample-${market}.csv`;
			await engine.registerFile(name, readFileSync(join(SAMPLE_DIR, toFactsPath(market))));
		}
	});

	afterAll(async () => {
		await engine?.close();
	});

	it('reads every file with dates as DATE, counts as integers and money as decimals', async () => {
		for (const market of MARKET_CODES) {
			const source = `read_csv(${quoteString(`sample-${market}.csv`)})`;
			const types = await engine.query<{ column_name: string; column_type: string }>(
				`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${source})`
			);
			const typeOf = new Map(types.map((type) => [type.column_name, type.column_type]));
			expect(typeOf.get('date')).toBe('DATE');
			for (const column of COUNT_COLUMNS) expect(typeOf.get(column)).toMatch(/INT/);
			expect(typeOf.get('spend')).toMatch(/DOUBLE|DECIMAL/);
			const [sums] = await engine.query<{ rows: number; spend: number; clicks: number }>(
				`SELECT count(*)::DOUBLE AS rows, round(sum(spend), 2)::DOUBLE AS spend, sum(clicks)::DOUBLE AS clicks FROM ${source}`
			);
			const rows = facts[market]?.records ?? [];
			expect(sums?.rows).toBe(rows.length);
			expect(sums?.clicks).toBe(rows.reduce((sum, row) => sum + Number(row.clicks), 0));
			const spend = rows.reduce((sum, row) => sum + Math.round(Number(row.spend) * 100), 0) / 100;
			expect(sums?.spend).toBeCloseTo(spend, 2);
		}
	});
});
