/**
 * Benchmark of the live page's chart in headless Chromium: the time from a filter change
 * (metric, market chip, platform chip, zoom) to the chart redrawn, with the facts loaded as the
 * page loads them (roll-ups built at load). Baselines in the same page and rounds: the same
 * chart query on the raw facts table, without the roll-up, and a bare `SELECT 1`.
 * Run with `npm run bench:live` (flags: --rows 1000000 --runs 20).
 *
 * One page per size loads the facts once (not measured), then runs `--runs` + 1 rounds; the
 * first warms up and is left out. A round makes each kind of change once and, after each
 * change, times the baselines on the filters it left, in turns. Times are measured inside the
 * page with performance.now.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../../tests/chromium.js';
import { ensureCsv, median, outDir, root, serveOut } from '../harness.js';

const pageDir = join(outDir, 'live-page');
const GOAL_MS = 100;
const GOAL_ROWS = 1_000_000;
const KINDS = ['metric', 'market', 'platform', 'zoom'];
const BASELINES = [
	{ key: 'rawFacts', label: 'chart query on the raw facts' },
	{ key: 'rawConverted', label: 'chart query on the raw facts + FX' },
	{ key: 'selectOne', label: 'SELECT 1' }
];
const METHODS = [
	{ key: 'change', label: 'live page: change to chart drawn' },
	{ key: 'chartMs', label: 'chart query on the roll-up' },
	...BASELINES
];
const PARTS = [
	{ key: 'platformsMs', label: 'platforms' },
	{ key: 'otherGrainsMs', label: 'other grains' },
	{ key: 'chartMs', label: 'chart query' },
	{ key: 'drawMs', label: 'toSeries + DOM' },
	{ key: 'frameMs', label: 'to next frame' }
];

function parseArgs(argv) {
	const options = { rows: [1_000_000], runs: 20 };
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		if (flag === '--rows') {
			options.rows = String(argv[++i] ?? '')
				.split(',')
				.map((s) => Number(s.replaceAll('_', '')));
			if (options.rows.some((n) => !Number.isInteger(n) || n < 1))
				throw new Error('--rows takes positive integers separated by commas, e.g. 100000,1000000');
		} else if (flag === '--runs') {
			options.runs = Number(argv[++i]);
			if (!Number.isInteger(options.runs) || options.runs < 1)
				throw new Error('--runs takes a positive integer');
		} else {
			throw new Error(`unknown flag ${flag} (known: --rows N,N --runs N)`);
		}
	}
	return options;
}

/**
 * Writes bench/out/facts-<rows>.arrow, the bytes the server sends the live page for that CSV
 * (bench/live/facts-arrow.ts imports it through FactsService), unless it is there.
 */
function ensureArrow(rows) {
	const file = join(outDir, `facts-${rows}.arrow`);
	if (existsSync(file)) return file;
	const csv = ensureCsv(rows);
	console.error(`writing ${file} through the server's import (about a minute at 1M rows)`);
	const result = spawnSync(
		'npx',
		[
			'tsx',
			'--tsconfig',
			join(root, 'tsconfig.json'),
			join(root, 'bench', 'live', 'facts-arrow.ts'),
			'--csv',
			csv,
			'--out',
			file
		],
		{ cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, TZ: 'UTC' } }
	);
	if (result.status !== 0 || !existsSync(file))
		throw new Error(`bench/live/facts-arrow.ts failed for ${rows} rows (exit ${result.status})`);
	return file;
}

async function buildPage() {
	await build({ configFile: join(root, 'bench', 'live', 'vite.config.ts') });
	if (!existsSync(join(pageDir, 'index.html'))) throw new Error('the bench page did not build');
}

/** The nearest-rank percentile (p in 0..1) of a list of numbers. */
function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

/** Loads the facts of one size into a fresh page and times `runs` rounds after a warm-up. */
async function measure(browser, baseUrl, arrowName, runs) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		const errors = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${baseUrl}/live-page/index.html`);
		await page.waitForFunction(() => 'liveBench' in window, null, { timeout: 30_000 });
		const loaded = await page.evaluate(
			(url) => window.liveBench.load(url),
			`${baseUrl}/${arrowName}`
		);
		// times[kind][method] = ms per run; parts[kind][part] likewise.
		const times = Object.fromEntries(
			KINDS.map((kind) => [kind, Object.fromEntries(METHODS.map((m) => [m.key, []]))])
		);
		const parts = Object.fromEntries(
			KINDS.map((kind) => [
				kind,
				Object.fromEntries([...PARTS.map((p) => p.key), 'change'].map((key) => [key, []]))
			])
		);
		for (let round = 0; round <= runs; round++) {
			const summary = [];
			for (const kind of KINDS) {
				const timed = await page.evaluate(
					([kind, step]) => window.liveBench.change(kind, step),
					[kind, round]
				);
				const results = { change: timed.ms, chartMs: timed.chartMs };
				// Each baseline goes first in turn, so none always meets the caches another left.
				const order = BASELINES.map((_, k) => BASELINES[(k + round) % BASELINES.length]);
				for (const baseline of order)
					results[baseline.key] = (
						await page.evaluate((key) => window.liveBench.baseline(key), baseline.key)
					).ms;
				summary.push(`${kind} ${timed.ms.toFixed(0)} ms (raw ${results.rawFacts.toFixed(0)})`);
				if (round === 0) continue;
				for (const method of METHODS) times[kind][method.key].push(results[method.key]);
				for (const part of PARTS) parts[kind][part.key].push(timed[part.key]);
				parts[kind].change.push(timed.ms);
			}
			console.error(
				`${loaded.rows} rows, ${round === 0 ? 'warm-up' : `run ${round}`}: ${summary.join(', ')}`
			);
		}
		if (errors.length > 0) throw new Error(`page error: ${errors.join('; ')}`);
		return { loaded, times, parts };
	} finally {
		await context.close();
	}
}

/** Every kind's runs of one method together. */
function pooled(byKind, key) {
	return KINDS.flatMap((kind) => byKind[kind][key]);
}

function printMarkdown(header, lines, leftColumns) {
	const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
	const left = (i) => leftColumns.includes(i);
	const row = (cells) =>
		`| ${cells.map((c, i) => (left(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
	console.log(row(header));
	console.log(
		`| ${widths.map((w, i) => (left(i) ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`
	);
	for (const line of lines) console.log(row(line));
}

function printTable(results) {
	const lines = [];
	for (const r of results) {
		const groups = [
			...KINDS.map((kind) => ({ kind, of: (key) => r.times[kind][key] })),
			{ kind: 'all', of: (key) => pooled(r.times, key) }
		];
		for (const group of groups) {
			const reference = median(group.of('chartMs'));
			for (const method of METHODS) {
				const times = group.of(method.key);
				lines.push([
					r.loaded.rows.toLocaleString('en-US'),
					group.kind,
					method.label,
					median(times).toFixed(1),
					percentile(times, 0.9).toFixed(1),
					(median(times) / reference).toFixed(2)
				]);
			}
		}
	}
	printMarkdown(
		['rows', 'change', 'what is timed', 'median ms', 'p90 ms', '× roll-up query'],
		lines,
		[1, 2]
	);
}

/** Where a change's time goes: the median of each part, per kind. */
function printParts(results) {
	const lines = [];
	for (const r of results)
		for (const kind of [...KINDS, 'all']) {
			const of = (key) => (kind === 'all' ? pooled(r.parts, key) : r.parts[kind][key]);
			// What a change would take if the two queries that depend on the data only (not on the
			// filters) ran once per load instead: each run's time without them.
			const total = of('change');
			const withoutDataOnly = total.map(
				(ms, i) => ms - of('platformsMs')[i] - of('otherGrainsMs')[i]
			);
			lines.push([
				r.loaded.rows.toLocaleString('en-US'),
				kind,
				...PARTS.map((part) => median(of(part.key)).toFixed(1)),
				median(total).toFixed(1),
				median(withoutDataOnly).toFixed(1)
			]);
		}
	printMarkdown(
		[
			'rows',
			'change',
			...PARTS.map((p) => `${p.label} ms`),
			'whole ms',
			'whole without the first two ms'
		],
		lines,
		[1]
	);
}

function printLoad(r, fileMb) {
	const stepsMs = r.loaded.loadSteps.reduce((sum, s) => sum + s.ms, 0);
	const steps = [
		...r.loaded.loadSteps.map((s) => `${s.label} ${s.ms.toFixed(0)} ms`),
		`the rest (the fetch, between calls) ${(r.loaded.loadMs - stepsMs).toFixed(0)} ms`
	].join(', ');
	const rollUps = Object.entries(r.loaded.rollUpRows)
		.map(([table, rows]) => `${table} ${rows.toLocaleString('en-US')}`)
		.join(', ');
	const { days, platforms } = r.loaded.choices;
	console.log(
		`\n${r.loaded.rows.toLocaleString('en-US')} rows (${days.length} days ${days[0]} to ${days.at(-1)}, platforms ${platforms.join(', ')}).` +
			`\nNot measured: DuckDB start ${r.loaded.engineMs.toFixed(0)} ms, CampaignFacts.load of the Arrow file (${fileMb.toFixed(1)} MB) ${r.loaded.loadMs.toFixed(0)} ms: ${steps}.` +
			`\nRoll-up rows: ${rollUps}.`
	);
}

function printGoal(results) {
	const atGoal = results.find((r) => r.loaded.rows === GOAL_ROWS);
	const goal = `Goal (filter change to chart drawn under ${GOAL_MS} ms median at 1,000,000 rows)`;
	if (!atGoal) {
		console.log(`\n${goal}: not measured.`);
		return;
	}
	const all = pooled(atGoal.times, 'change');
	const worst = Math.max(...KINDS.map((kind) => median(atGoal.times[kind].change)));
	console.log(
		`\n${goal}: ${median(all) < GOAL_MS && worst < GOAL_MS ? 'met' : 'NOT met'}, median ${median(all).toFixed(1)} ms over all changes, ${worst.toFixed(1)} ms for the slowest kind.`
	);
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	mkdirSync(outDir, { recursive: true });
	const files = options.rows.map((rows) => ({ rows, file: ensureArrow(rows) }));
	await buildPage();
	const server = await serveOut();
	const baseUrl = `http://127.0.0.1:${server.address().port}`;
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	const version = browser.version();
	const loadBefore = loadavg()[0];
	const results = [];
	try {
		for (const { file } of files) {
			const arrowName = file.slice(outDir.length + 1);
			const measured = await measure(browser, baseUrl, arrowName, options.runs);
			results.push({ ...measured, fileMb: statSync(file).size / 1e6 });
		}
	} finally {
		await browser.close();
		server.close();
	}
	console.log('');
	printTable(results);
	console.log('');
	printParts(results);
	for (const r of results) printLoad(r, r.fileMb);
	printGoal(results);
	console.log(
		`\nEvery chart query on the raw facts + FX gave the roll-up's values. Runs: ${options.runs} per change kind after one warm-up round. Machine: ${cpus().length} cores, Chromium ${version}, load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`
	);
}

main().catch((error) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	process.exitCode = 1;
});
