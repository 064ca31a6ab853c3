/**
 * The scoring benchmark page. It exposes `window.scoringBench`, which the runner (run.js)
 * drives through Playwright: load one facts CSV into Parallax's browser engine, then time the
 * scoring roll-up's build and the three ways of scoring every definition × market × KPI, run
 * after run. Every scoring is checked against scoreCampaign's; a difference throws.
 */
import { ADDITIVE_MEASURES, DIMENSIONS, SNAPSHOT_MEASURES } from '$lib/domain/facts';
import { createBrowserEngine } from '$lib/engine/browser-engine';
import type { Engine } from '$lib/engine/engine';
import {
	scoreCampaign,
	type ScoringRequest,
	type ScoringTables
} from '$lib/queries/score-campaign';
import { fxTableSql } from '$lib/sql/fx-table-sql';
import { quoteIdentifier, quoteString } from '$lib/sql/quote';
import { dailyRollupSql } from '$lib/sql/chart-series-sql';
import { scoringBaseSql } from '$lib/sql/scoring-base-sql';
import { sampleFxRates, scoringRequest } from './campaign';
import { convertedFactsViewSql, scoreOneByOne } from './one-by-one';
import { compareScores, type Comparison } from './same-scores';

/** A way of scoring the runner can time. */
export type Method = 'scoreCampaign' | 'oneByOne' | 'scoreCampaignRaw';

/** What `load` hands back: the data scored, and how long setting it up took (not measured). */
export interface Loaded {
	rows: number;
	range: { from: string; to: string };
	engineMs: number;
	loadMs: number;
}

/** One timed scoring, with how its results compare to scoreCampaign's. */
export interface Timed {
	ms: number;
	/** Each query's time (rows back in JavaScript included), in the order run. */
	queryMs: number[];
	comparison: Omit<Comparison, 'differences'>;
}

/** The functions the runner calls. */
export interface ScoringBench {
	/** Starts the engine and loads the CSV at `url` as the facts table, with the FX table. */
	load(url: string): Promise<Loaded>;
	/** Builds (or rebuilds) the scoring roll-up from the facts, as a data load does. */
	rollUp(): Promise<{ ms: number; rows: number }>;
	/** Scores every definition × market × KPI once, the chosen way. */
	score(method: Method): Promise<Timed>;
	/** Per definition, how many KPIs got each verdict from scoreCampaign: what was scored. */
	verdicts(): Record<string, Record<string, number>>;
}

declare global {
	interface Window {
		scoringBench: ScoringBench;
	}
}

const FACTS = 'facts';
const FX = 'fx';
const BASE = 'scoring_base';
const DAILY = 'daily';
const CONVERTED = 'facts_converted';
const COLUMNS = [...DIMENSIONS, 'currency', ...ADDITIVE_MEASURES, ...SNAPSHOT_MEASURES];
const TEXT_COLUMNS = new Set<string>([...DIMENSIONS, 'currency']);

let engine: Engine | null = null;
let request: ScoringRequest | null = null;
let reference: Awaited<ReturnType<typeof scoreCampaign>> | null = null;

function ready(): { engine: Engine; request: ScoringRequest } {
	if (!engine || !request) throw new Error('load() a CSV first');
	return { engine, request };
}

/** The generated file's header must be the canonical one, in this order (data/README.md). */
function checkHeader(bytes: Uint8Array): void {
	const end = bytes.indexOf(10);
	const header = new TextDecoder().decode(bytes.subarray(0, end)).trim();
	if (header !== COLUMNS.join(','))
		throw new Error(`unexpected header ${header}; expected ${COLUMNS.join(',')}`);
}

/**
 * The facts table with the columns scoring reads: grain, the dimensions, currency and the
 * measures. The generated file has daily rows only, so the grain is a constant.
 */
function factsTableSql(file: string): string {
	const types = COLUMNS.map((column) => {
		const type = column === 'date' ? 'DATE' : TEXT_COLUMNS.has(column) ? 'VARCHAR' : 'DOUBLE';
		return `${quoteString(column)}: '${type}'`;
	});
	return `CREATE OR REPLACE TABLE ${quoteIdentifier(FACTS)} AS
SELECT 'day' AS grain, *
FROM read_csv(${quoteString(file)}, header = true, columns = {${types.join(', ')}})`;
}

async function single(engine: Engine, sql: string): Promise<Record<string, unknown>> {
	const [row] = await engine.query(sql);
	if (!row) throw new Error(`no row from ${sql}`);
	return row;
}

/** The engine, timing each query run through it into `log`. */
function timing(inner: Engine, log: { ms: number }[]): Engine {
	return {
		exec: (sql) => inner.exec(sql),
		query: async (sql) => {
			const start = performance.now();
			const rows = await inner.query(sql);
			log.push({ ms: performance.now() - start });
			return rows;
		},
		queryArrow: (sql) => inner.queryArrow(sql),
		registerFile: (name, data) => inner.registerFile(name, data),
		dropFile: (name) => inner.dropFile(name),
		loadArrow: (table, ipc) => inner.loadArrow(table, ipc),
		close: () => inner.close()
	} as Engine;
}

async function scoreWith(method: Method) {
	const { engine, request } = ready();
	const log: { ms: number }[] = [];
	const timed = timing(engine, log);
	const raw: ScoringTables = { base: CONVERTED, fx: FX };
	const scored =
		method === 'oneByOne'
			? await scoreOneByOne(timed, raw, request)
			: await scoreCampaign(
					timed,
					method === 'scoreCampaign' ? { base: BASE, fx: FX, daily: DAILY } : raw,
					request
				);
	return { ...scored, queryMs: log.map((q) => q.ms) };
}

/** scoreCampaign's results on the roll-up, checked to hold something to compare. */
async function referenceScores() {
	if (reference) return reference;
	const scored = await scoreWith('scoreCampaign');
	if (scored.results.every((r) => r.kpis.every((k) => k.actual === null)))
		throw new Error('no KPI has an actual: nothing to compare');
	reference = { results: scored.results, divergences: scored.divergences };
	return reference;
}

window.scoringBench = {
	async load(url) {
		let start = performance.now();
		const db = await createBrowserEngine();
		const engineMs = performance.now() - start;
		const response = await fetch(url);
		if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
		const bytes = new Uint8Array(await response.arrayBuffer());
		checkHeader(bytes);
		start = performance.now();
		await db.registerFile('facts.csv', bytes);
		await db.exec(factsTableSql('facts.csv'));
		await db.dropFile('facts.csv');
		await db.exec(fxTableSql(FX, sampleFxRates(), 'USD'));
		await db.exec(convertedFactsViewSql(FACTS, FX, CONVERTED));
		const loadMs = performance.now() - start;
		// Every row's money must have a rate for its day, or the scores would leave it out.
		const unconverted = await single(
			db,
			`SELECT count(*)::INTEGER AS n FROM ${quoteIdentifier(FACTS)} f
LEFT JOIN ${quoteIdentifier(FX)} fx ON fx.date = f.date AND fx.currency = f.currency
WHERE fx.rate IS NULL`
		);
		if (unconverted.n !== 0)
			throw new Error(`${unconverted.n} rows have no FX rate for their day and currency`);
		const span = await single(
			db,
			`SELECT count(*)::INTEGER AS n, min(date)::VARCHAR AS first,
	max(date)::VARCHAR AS last FROM ${quoteIdentifier(FACTS)}`
		);
		const range = { from: String(span.first), to: String(span.last) };
		engine = db;
		request = scoringRequest(range);
		return { rows: Number(span.n), range, engineMs, loadMs };
	},

	async rollUp() {
		const { engine } = ready();
		const start = performance.now();
		await engine.exec(scoringBaseSql(FACTS, FX, BASE));
		// The daily roll-up the live chart reads too, where plain sums are read from.
		await engine.exec(dailyRollupSql(FACTS, FX, DAILY));
		const ms = performance.now() - start;
		const counted = await single(
			engine,
			`SELECT count(*)::INTEGER AS n FROM ${quoteIdentifier(BASE)}`
		);
		return { ms, rows: Number(counted.n) };
	},

	async score(method) {
		const expected = await referenceScores();
		const start = performance.now();
		const scored = await scoreWith(method);
		const ms = performance.now() - start;
		const { differences, ...comparison } = compareScores(expected, {
			results: scored.results,
			divergences: scored.divergences
		});
		if (differences.length > 0)
			throw new Error(
				`${method} does not give scoreCampaign's scores:\n${differences.slice(0, 20).join('\n')}`
			);
		return { ms, queryMs: scored.queryMs, comparison };
	},

	verdicts() {
		if (!reference) throw new Error('score() first');
		const counts: Record<string, Record<string, number>> = {};
		for (const result of reference.results) {
			const perVerdict = (counts[result.definition] ??= {});
			for (const kpi of result.kpis) perVerdict[kpi.verdict] = (perVerdict[kpi.verdict] ?? 0) + 1;
		}
		return counts;
	}
};

document.getElementById('status')!.textContent = 'ready';
