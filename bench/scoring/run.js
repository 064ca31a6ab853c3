/**
 * Benchmark of scoring in headless Chromium: every success definition × market × KPI of a
 * campaign scored by scoreCampaign from the scoring roll-up, against the same KPIs queried one
 * by one on the raw facts. Run with `npm run bench:scoring` (flags: --rows 100000,1000000
 * --runs 5).
 *
 * One page per size loads the facts once (not measured), then runs `--runs` + 1 rounds; the
 * first round warms up (compiles the code paths, fills DuckDB's caches) and is left out. A
 * round rebuilds the roll-up (timed), then times the three scorings, which take turns at going
 * first. Times are measured inside the page with performance.now; the page checks every
 * scoring against scoreCampaign's results and throws on a difference.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../../tests/chromium.js';
import { ensureCsv, median, outDir, root, serveOut } from '../harness.js';

const pageDir = join(outDir, 'scoring-page');
const GOAL_MS = 100;
const GOAL_ROWS = 1_000_000;
const SCORINGS = [
	{ key: 'scoreCampaign', label: 'scoreCampaign on the roll-ups' },
	{ key: 'oneByOne', label: 'one by one on the raw facts' },
	{ key: 'scoreCampaignRaw', label: 'scoreCampaign on the raw facts' }
];
const ROLL_UP = { key: 'rollUp', label: 'roll-up build (at load)' };

function parseArgs(argv) {
	const options = { rows: [100_000, 1_000_000], runs: 5 };
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

async function buildPage() {
	await build({ configFile: join(root, 'bench', 'scoring', 'vite.config.ts') });
	if (!existsSync(join(pageDir, 'index.html'))) throw new Error('the bench page did not build');
}

/** Loads the facts of one size into a fresh page and times `runs` rounds after a warm-up. */
async function measure(browser, baseUrl, csvName, runs) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const errors = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${baseUrl}/scoring-page/index.html`);
		await page.waitForFunction(() => 'scoringBench' in window, null, { timeout: 30_000 });
		const loaded = await page.evaluate(
			(url) => window.scoringBench.load(url),
			`${baseUrl}/${csvName}`
		);
		const times = Object.fromEntries([ROLL_UP, ...SCORINGS].map((m) => [m.key, []]));
		const queryTimes = Object.fromEntries(SCORINGS.map((m) => [m.key, []]));
		const agreement = { numbers: 0, exact: 0, largestDifference: 0 };
		let rollUpRows = 0;
		for (let round = 0; round <= runs; round++) {
			const built = await page.evaluate(() => window.scoringBench.rollUp());
			rollUpRows = built.rows;
			const results = { [ROLL_UP.key]: built.ms };
			// Each scoring goes first in turn, so none always meets the caches another left.
			const order = SCORINGS.map((_, k) => SCORINGS[(k + round) % SCORINGS.length]);
			for (const scoring of order) {
				const timed = await page.evaluate((key) => window.scoringBench.score(key), scoring.key);
				results[scoring.key] = timed.ms;
				if (round > 0) queryTimes[scoring.key].push(timed.queryMs);
				agreement.numbers += timed.comparison.numbers;
				agreement.exact += timed.comparison.exact;
				agreement.largestDifference = Math.max(
					agreement.largestDifference,
					timed.comparison.largestDifference
				);
			}
			console.error(
				`${loaded.rows} rows, ${round === 0 ? 'warm-up' : `run ${round}`}: ${Object.entries(results)
					.map(([key, ms]) => `${key} ${ms.toFixed(0)} ms`)
					.join(', ')}`
			);
			if (round > 0) for (const [key, ms] of Object.entries(results)) times[key].push(ms);
		}
		const verdicts = await page.evaluate(() => window.scoringBench.verdicts());
		if (errors.length > 0) throw new Error(`page error: ${errors.join('; ')}`);
		return { loaded, rollUpRows, times, queryTimes, agreement, verdicts };
	} finally {
		await context.close();
	}
}

function printTable(results) {
	const header = [
		'rows',
		'roll-up rows',
		'method',
		'queries',
		'median ms',
		'min ms',
		'× scoreCampaign'
	];
	const lines = [];
	for (const r of results) {
		const reference = median(r.times.scoreCampaign);
		for (const method of [ROLL_UP, ...SCORINGS]) {
			const times = r.times[method.key];
			lines.push([
				r.loaded.rows.toLocaleString('en-US'),
				r.rollUpRows.toLocaleString('en-US'),
				method.label,
				method === ROLL_UP ? '1' : String(r.queryTimes[method.key][0].length),
				median(times).toFixed(1),
				Math.min(...times).toFixed(1),
				(median(times) / reference).toFixed(2)
			]);
		}
	}
	const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
	const row = (cells) =>
		`| ${cells.map((c, i) => (i === 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
	console.log(row(header));
	console.log(
		`| ${widths.map((w, i) => (i === 2 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`
	);
	for (const line of lines) console.log(row(line));
}

/** Where scoreCampaign's time goes, and what one query of the baseline costs, in medians. */
function printBreakdown(r) {
	const runs = r.queryTimes.scoreCampaign;
	const perQuery = runs[0].map((_, i) => median(runs.map((queryMs) => queryMs[i])));
	const rest = median(
		runs.map((queryMs, k) => r.times.scoreCampaign[k] - queryMs.reduce((a, b) => a + b, 0))
	);
	const oneByOne = r.queryTimes.oneByOne.flat();
	console.log(
		`${r.loaded.rows.toLocaleString('en-US')} rows: scoreCampaign's queries ${perQuery.map((ms) => `${ms.toFixed(1)} ms`).join(' + ')}, the rest (SQL text, scoring) ${rest.toFixed(1)} ms;` +
			` one by one: ${oneByOne.length / r.queryTimes.oneByOne.length} queries of median ${median(oneByOne).toFixed(1)} ms.`
	);
}

function printGoal(results) {
	const atGoal = results.find((r) => r.loaded.rows === GOAL_ROWS);
	if (!atGoal) {
		console.log(`\nGoal (scoreCampaign under ${GOAL_MS} ms at 1,000,000 rows): not measured.`);
		return;
	}
	const ms = median(atGoal.times.scoreCampaign);
	console.log(
		`\nGoal (scoreCampaign under ${GOAL_MS} ms at 1,000,000 rows): ${ms < GOAL_MS ? 'met' : 'NOT met'}, median ${ms.toFixed(1)} ms, min ${Math.min(...atGoal.times.scoreCampaign).toFixed(1)} ms.`
	);
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	mkdirSync(outDir, { recursive: true });
	const files = options.rows.map((rows) => ({ rows, file: ensureCsv(rows) }));
	await buildPage();
	const server = await serveOut();
	const baseUrl = `http://127.0.0.1:${server.address().port}`;
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	const version = browser.version();
	const loadBefore = loadavg()[0];
	const results = [];
	try {
		for (const { file } of files) {
			const csvName = file.slice(outDir.length + 1);
			const measured = await measure(browser, baseUrl, csvName, options.runs);
			results.push({ ...measured, fileMb: statSync(file).size / 1e6 });
		}
	} finally {
		await browser.close();
		server.close();
	}
	console.log('');
	printTable(results);
	console.log('');
	for (const r of results) printBreakdown(r);
	printGoal(results);
	for (const r of results) {
		const { numbers, exact, largestDifference } = r.agreement;
		const verdicts = Object.entries(r.verdicts)
			.map(
				([definition, counts]) =>
					`${definition} ${Object.entries(counts)
						.map(([verdict, n]) => `${n} ${verdict}`)
						.join(', ')}`
			)
			.join('; ');
		console.log(
			`\n${r.loaded.rows.toLocaleString('en-US')} rows, ${r.loaded.range.from} to ${r.loaded.range.to}: KPI verdicts ${verdicts}.` +
				`\nEvery scoring agreed with scoreCampaign's: ${numbers} numbers compared, ${exact} equal to the bit, largest relative difference ${largestDifference.toExponential(1)}.` +
				`\nNot measured: DuckDB start ${r.loaded.engineMs.toFixed(0)} ms, CSV (${r.fileMb.toFixed(1)} MB) to facts table ${r.loaded.loadMs.toFixed(0)} ms.`
		);
	}
	console.log(
		`\nRuns: ${options.runs} per size after one warm-up round. Machine: ${cpus().length} cores, Chromium ${version}, load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`
	);
}

main().catch((error) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	process.exitCode = 1;
});
