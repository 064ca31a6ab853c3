/**
 * The live chart benchmark page. It exposes `window.liveBench`, which the runner (run.js)
 * drives through Playwright: load the campaign's facts with CampaignFacts as the live page does
 * (Arrow IPC into DuckDB, roll-ups built at load), mount the real TimeSeriesChart, then time
 * filter changes the way the page's chart effect handles them, and the baselines beside them.
 */
import { colorForMarket } from '$lib/charts/market-colors';
import { chartMetric } from '$lib/domain/chart-metrics';
import { MONEY_MEASURES } from '$lib/domain/facts';
import { readFxCsv } from '$lib/domain/fx-csv';
import { browserEngine } from '$lib/engine/browser-engine';
import type { Engine, Row } from '$lib/engine/engine';
import { m } from '$lib/paraglide/messages';
import { chartSeriesSql, otherGrainsSql, platformsSql } from '$lib/sql/chart-series-sql';
import { rateSql } from '$lib/sql/fx-table-sql';
import { quoteIdentifier } from '$lib/sql/quote';
import { CampaignFacts, type FactsTables } from '$lib/state/campaign-facts.svelte';
import type { LiveFilters } from '$lib/state/filters';
import { toSeries } from '../../src/routes/campaigns/[id=campaign]/live/to-series';
import campaign from '../../data/sample/campaign.json';
import fxCsv from '../../data/sample/fx.csv?raw';
import { nextFilters, type ChangeKind, type Choices } from './changes';
import { mountChart, type ChartHost } from './chart-host.svelte';
import { sameSeries } from './same-series';

/** A baseline the runner can time on the current filters. */
export type Baseline = 'rawFacts' | 'rawConverted' | 'selectOne';

/** What `load` hands back: the data, and how long loading it took (not in the results). */
export interface Loaded {
	rows: number;
	choices: Choices;
	engineMs: number;
	/** CampaignFacts.load in all (the fetch included), and each engine call it made. */
	loadMs: number;
	loadSteps: { label: string; ms: number }[];
	rollUpRows: Record<string, number>;
}

/** One filter change, timed the way the live page handles it. */
export interface ChangeTimed {
	filters: LiveFilters;
	/** From the change to the chart drawn and the next frame produced. */
	ms: number;
	/** The page's three queries (rows back in JavaScript included). */
	platformsMs: number;
	otherGrainsMs: number;
	chartMs: number;
	/** toSeries, the new props and Svelte's DOM updates. */
	drawMs: number;
	/** From the DOM updated to the next frame produced (style, layout, paint). */
	frameMs: number;
	/** Rows of the chart query, series given to the chart, lines it drew. */
	rows: number;
	series: number;
	lines: number;
}

/** The functions the runner calls. */
export interface LiveBench {
	/** Starts the engine and loads the facts at `url` (Arrow IPC) as the live page does. */
	load(url: string): Promise<Loaded>;
	/** Makes the `step`-th change of `kind` and times everything until the chart is redrawn. */
	change(kind: ChangeKind, step: number): Promise<ChangeTimed>;
	/** Times one baseline on the current filters. */
	baseline(which: Baseline): Promise<{ ms: number }>;
}

declare global {
	interface Window {
		liveBench: LiveBench;
	}
}

const VERSION = 'bench';
const RAW_CONVERTED = 'raw_converted';
const LOCALE = 'en-US';
const MARKETS = campaign.markets.map(({ code }) => code);
const MARKET_NAMES = new Map(campaign.markets.map(({ code, name }) => [code, name]));
const FX = readFxCsv(fxCsv).rates;

const facts = new CampaignFacts();
let state: {
	engine: Engine;
	tables: FactsTables;
	fetcher: typeof fetch;
	chart: ChartHost;
	choices: Choices;
	filters: LiveFilters;
	/** The roll-up's chart rows for the current filters, to check the baselines against. */
	rows: { date: string; market: string; value: number | null }[];
} | null = null;

function ready() {
	if (!state) throw new Error('load() the facts first');
	return state;
}

/** The engine, each call CampaignFacts.load makes through it timed into `log`. */
function timing(inner: Engine, log: { label: string; ms: number }[]): Engine {
	const time = async (label: string, call: Promise<void>): Promise<void> => {
		const start = performance.now();
		await call;
		log.push({ label, ms: performance.now() - start });
	};
	// The statements CampaignFacts.load runs each create one table: named by it.
	const created = (sql: string) => /TABLE\s+("[^"]+")/.exec(sql)?.[1] ?? sql.slice(0, 40);
	return {
		exec: (sql) => time(created(sql), inner.exec(sql)),
		query: (sql) => inner.query(sql),
		queryArrow: (sql) => inner.queryArrow(sql),
		registerFile: (name, data) => inner.registerFile(name, data),
		dropFile: (name) => inner.dropFile(name),
		loadArrow: (table, ipc) => time(`loadArrow "${table}"`, inner.loadArrow(table, ipc)),
		close: () => inner.close()
	} as Engine;
}

/** The raw facts with money converted row by row, as the daily roll-up converts it. */
function convertedViewSql(tables: FactsTables): string {
	if (!tables.fx) throw new Error('the benchmark campaign has FX rates');
	const rate = rateSql(tables.fx);
	const money = MONEY_MEASURES.map((name) => `f.${quoteIdentifier(name)} * ${rate} AS ${name}`);
	return `CREATE OR REPLACE VIEW ${quoteIdentifier(RAW_CONVERTED)} AS
SELECT f.* REPLACE (${money.join(', ')})
FROM ${quoteIdentifier(tables.facts)} f
LEFT JOIN ${quoteIdentifier(tables.fx)} fx ON fx.date = f.date AND fx.currency = f.currency
WHERE f.grain = 'day'`;
}

async function count(engine: Engine, table: string): Promise<number> {
	const [row] = await engine.query(`SELECT count(*)::INTEGER AS n FROM ${quoteIdentifier(table)}`);
	return Number(row?.n);
}

async function column(engine: Engine, sql: string): Promise<string[]> {
	return (await engine.query<Row>(sql)).map((row) => String(Object.values(row)[0]));
}

const nextFrame = () =>
	// A task queued from a frame callback runs once that frame is produced.
	new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** What the live page's chart effect does on a change, with its parts timed. */
async function updateChart(filters: LiveFilters): Promise<ChangeTimed> {
	const { fetcher, chart } = ready();
	const metric = chartMetric(filters.metric);
	const start = performance.now();
	const engine = await browserEngine();
	const tables = await facts.load(
		engine,
		campaign.id,
		VERSION,
		FX,
		campaign.reportingCurrency,
		fetcher
	);
	let mark = performance.now();
	const lap = () => {
		const now = performance.now();
		const ms = now - mark;
		mark = now;
		return ms;
	};
	await engine.query<{ platform: string }>(platformsSql(tables.daily));
	const platformsMs = lap();
	await engine.query<{ grain: string; rows: number }>(otherGrainsSql(tables.facts));
	const otherGrainsMs = lap();
	const rows = await engine.query<{ date: string; market: string; value: number | null }>(
		chartSeriesSql(tables.daily, metric, filters)
	);
	const chartMs = lap();
	const series = toSeries(rows, MARKETS, MARKET_NAMES, colorForMarket);
	chart.show({
		series,
		unit: metric.unit,
		currency: metric.unit === 'currency' ? campaign.reportingCurrency : undefined,
		title: m.live_chart_title({ metric: metric.label }),
		zoom: filters.from && filters.to ? { from: filters.from, to: filters.to } : null
	});
	const drawMs = lap();
	await nextFrame();
	const frameMs = lap();
	const ms = performance.now() - start;
	ready().rows = rows;
	ready().filters = filters;
	const drawn = chart.lines();
	// A line counts when the chart holds exactly the series given and each has a path.
	const lines =
		Object.keys(drawn).length === series.length
			? series.filter((s) => drawn[s.key]?.startsWith('M')).length
			: 0;
	return {
		filters,
		ms,
		platformsMs,
		otherGrainsMs,
		chartMs,
		drawMs,
		frameMs,
		rows: rows.length,
		lines,
		series: series.length
	};
}

window.liveBench = {
	async load(url) {
		let start = performance.now();
		const engine = await browserEngine();
		const engineMs = performance.now() - start;
		// The page fetches /campaigns/<id>/facts.arrow; here the same bytes come from `url`.
		const fetcher = ((_: RequestInfo | URL, init?: RequestInit) =>
			fetch(url, init)) as typeof fetch;
		const loadSteps: { label: string; ms: number }[] = [];
		start = performance.now();
		const tables = await facts.load(
			timing(engine, loadSteps),
			campaign.id,
			VERSION,
			FX,
			campaign.reportingCurrency,
			fetcher
		);
		const loadMs = performance.now() - start;
		await engine.exec(convertedViewSql(tables));
		const choices: Choices = {
			markets: MARKETS,
			platforms: await column(engine, platformsSql(tables.daily)),
			days: await column(
				engine,
				`SELECT DISTINCT date::VARCHAR FROM ${quoteIdentifier(tables.daily)} ORDER BY 1`
			)
		};
		const rollUpRows: Record<string, number> = {};
		for (const table of [tables.daily, tables.dailyLocal, tables.scoring])
			rollUpRows[table] = await count(engine, table);
		const chart = mountChart(document.getElementById('chart')!, LOCALE);
		const filters: LiveFilters = {
			from: null,
			to: null,
			markets: [],
			platforms: [],
			metric: 'impressions'
		};
		state = { engine, tables, fetcher, chart, choices, filters, rows: [] };
		// The page's first draw; the plot measures its width first, so the lines come frames later.
		const first = await updateChart(filters);
		for (let frame = 0; Object.keys(chart.lines()).length < first.series; frame++) {
			if (frame === 60) throw new Error('the chart drew no lines within 60 frames');
			await nextFrame();
		}
		return {
			rows: await count(engine, tables.facts),
			choices,
			engineMs,
			loadMs,
			loadSteps,
			rollUpRows
		};
	},

	async change(kind, step) {
		const { filters, choices } = ready();
		const timed = await updateChart(nextFilters(filters, kind, step, choices));
		if (timed.lines !== timed.series || timed.series === 0)
			throw new Error(
				`${timed.series} series but ${timed.lines} lines drawn for ${JSON.stringify(timed.filters)}`
			);
		return timed;
	},

	async baseline(which) {
		const { engine, tables, filters, rows } = ready();
		const metric = chartMetric(filters.metric);
		const sql =
			which === 'selectOne'
				? 'SELECT 1 AS one'
				: chartSeriesSql(which === 'rawFacts' ? tables.facts : RAW_CONVERTED, metric, filters);
		const start = performance.now();
		const result = await engine.query(sql);
		const ms = performance.now() - start;
		if (which === 'rawConverted') {
			const problem = sameSeries(rows, result as typeof rows);
			if (problem) throw new Error(`raw facts give other values than the roll-up: ${problem}`);
		}
		return { ms };
	}
};

document.getElementById('status')!.textContent = 'ready';
