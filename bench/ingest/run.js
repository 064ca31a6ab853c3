/**
 * Benchmark of CSV import in headless Chromium: Parallax's importCsv against duckdb-wasm's
 * bare read_csv and arquero's fromCSV on the same file. Run with `npm run bench:ingest`
 * (flags: --rows 100000,1000000 --runs 3 --warm --profile).
 *
 * Wall time is measured inside the page (performance.now around the method, file already in
 * memory, DuckDB already started). Peak memory is the renderer's peak resident set: the page
 * and its DuckDB web worker live in one renderer process, whose high-water mark (VmHWM) is
 * reset through /proc/<pid>/clear_refs right before the method and read right after it.
 * CPU ms is the renderer's CPU time (all threads) over the method: less sensitive than wall
 * time to other work on a shared machine.
 *
 * By default each method meets a freshly started DuckDB, as a user's first import does; with
 * --warm it first runs once, untimed, on the file's first 2,000 lines, so that the times leave
 * out WebAssembly and JavaScript compilation.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../../tests/chromium.js';
import { ensureCsv, median, outDir, root, serveOut } from '../harness.js';

const pageDir = join(outDir, 'page');
const METHODS = [
	{ key: 'parallax', label: 'Parallax importCsv', engine: true },
	{ key: 'bareReadCsv', label: 'duckdb-wasm read_csv', engine: true },
	{ key: 'arquero', label: 'arquero fromCSV', engine: false }
];

function parseArgs(argv) {
	const options = { rows: [100_000, 1_000_000], runs: 3, profile: false, warm: false };
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
		} else if (flag === '--profile') {
			options.profile = true;
		} else if (flag === '--warm') {
			options.warm = true;
		} else {
			throw new Error(`unknown flag ${flag} (known: --rows N,N --runs N --warm --profile)`);
		}
	}
	return options;
}

// ---------------------------------------------------------------- page

async function buildPage() {
	await build({ configFile: join(root, 'bench', 'ingest', 'vite.config.ts') });
	if (!existsSync(join(pageDir, 'index.html'))) throw new Error('the bench page did not build');
}

// ---------------------------------------------------------------- memory

/** Pids of the Chromium renderers started by this process (and not by anyone else's Chromium). */
function rendererPids() {
	const parents = new Map();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// The command name may hold spaces and parentheses: fields start after the last ')'.
			parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// The process ended while the list was read.
		}
	}
	const descends = (pid) => {
		for (let p = pid, hops = 0; p > 1 && hops < 20; p = parents.get(p) ?? 0, hops++)
			if (p === process.pid) return true;
		return false;
	};
	return [...parents.keys()].filter((pid) => {
		if (!descends(pid)) return false;
		try {
			return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer');
		} catch {
			return false;
		}
	});
}

function resetPeaks(pids) {
	// Writing 5 resets the process's peak resident set (VmHWM) to its current size.
	for (const pid of pids) writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

// Memory and CPU come from Linux's /proc; elsewhere only wall times are measured.
const HAS_PROC = existsSync('/proc/self/status') && existsSync('/proc/self/clear_refs');

// Linux reports process CPU time in clock ticks of 10 ms (USER_HZ is 100 on every Linux port
// that Chromium runs on).
const TICK_MS = 10;

/** CPU time (user + system, all threads: the page and its DuckDB worker) of the renderers, in ms. */
function cpuMs(pids) {
	let ticks = 0;
	for (const pid of pids) {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// Fields 14 and 15 of stat (utime, stime), counted from the state field, which is 3.
		ticks += Number(fields[11]) + Number(fields[12]);
	}
	return ticks * TICK_MS;
}

/** Largest peak resident set among the renderers, in MB: the page's own renderer. */
function readPeakMb(pids) {
	let peak = 0;
	for (const pid of pids) {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
		peak = Math.max(peak, kb);
	}
	return peak / 1024;
}

// ---------------------------------------------------------------- runs

/** Loads a fresh page, fetches the CSV, starts DuckDB when needed and times one method once. */
async function runOnce(browser, baseUrl, csvName, method, warm) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const errors = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${baseUrl}/page/index.html`);
		await page.waitForFunction(() => 'ingestBench' in window, null, { timeout: 30_000 });
		await page.evaluate((url) => window.ingestBench.load(url), `${baseUrl}/${csvName}`);
		const startup = method.engine
			? (await page.evaluate((key) => window.ingestBench.startEngine(key), method.key)).ms
			: null;
		if (warm) await page.evaluate((key) => window.ingestBench.warmUp(key), method.key);
		const pids = HAS_PROC ? rendererPids() : [];
		if (HAS_PROC && pids.length === 0) throw new Error('no Chromium renderer process found');
		resetPeaks(pids);
		const cpuBefore = cpuMs(pids);
		const result = await page.evaluate((key) => window.ingestBench[key](), method.key);
		const cpu = HAS_PROC ? cpuMs(pids) - cpuBefore : NaN;
		const peakMb = HAS_PROC ? readPeakMb(pids) : NaN;
		if (errors.length > 0) throw new Error(`page error: ${errors.join('; ')}`);
		return { ...result, startup, peakMb, cpu };
	} finally {
		await context.close();
	}
}

/** The run whose time is the median (the upper middle one for an even count). */
function medianRun(runs) {
	return [...runs].sort((a, b) => a.ms - b.ms)[runs.length >> 1];
}

function printTable(results) {
	const header = [
		'rows',
		'file MB',
		'method',
		'median ms',
		'× read_csv',
		'× arquero',
		'peak MB',
		'CPU ms'
	];
	const lines = [];
	for (const r of results) {
		const bare = r.methods.bareReadCsv.ms;
		const arquero = r.methods.arquero.ms;
		for (const method of METHODS) {
			const m = r.methods[method.key];
			lines.push([
				r.rows.toLocaleString('en-US'),
				r.fileMb.toFixed(1),
				method.label,
				m.ms.toFixed(0),
				(m.ms / bare).toFixed(2),
				(m.ms / arquero).toFixed(2),
				Number.isNaN(m.peakMb) ? '–' : m.peakMb.toFixed(0),
				Number.isNaN(m.cpu) ? '–' : m.cpu.toFixed(0)
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

function printProfile(results) {
	for (const r of results) {
		const run = r.methods.parallax.medianRun;
		const engineMs = run.statements.reduce((sum, s) => sum + s.ms, 0);
		console.log(
			`\nParallax at ${r.rows.toLocaleString('en-US')} rows, median run ${run.ms.toFixed(0)} ms:`
		);
		console.log(
			`${'in the page (decode, sniff, map, build SQL, report)'.padEnd(60)} ${(run.ms - engineMs).toFixed(0).padStart(7)} ms`
		);
		for (const s of run.statements)
			console.log(
				`${`${s.call}: ${s.label}`.slice(0, 120).padEnd(60)} ${s.ms.toFixed(0).padStart(7)} ms`
			);
	}
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	mkdirSync(outDir, { recursive: true });
	const files = [];
	for (const rows of options.rows) files.push({ rows, file: ensureCsv(rows) });
	await buildPage();
	const server = await serveOut();
	const baseUrl = `http://127.0.0.1:${server.address().port}`;
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	const loadBefore = loadavg()[0];
	const results = [];
	const failures = [];
	try {
		for (const { rows, file } of files) {
			const csvName = file.slice(outDir.length + 1);
			const runs = Object.fromEntries(METHODS.map((m) => [m.key, []]));
			// Methods take turns, so a slow spell of the machine does not land on one method.
			for (let i = 0; i < options.runs; i++) {
				for (const method of METHODS) {
					const run = await runOnce(browser, baseUrl, csvName, method, options.warm);
					console.error(
						`${rows} rows, ${method.label}, run ${i + 1}: ${run.ms.toFixed(0)} ms, CPU ${run.cpu} ms, peak ${run.peakMb.toFixed(0)} MB`
					);
					runs[method.key].push(run);
				}
			}
			const methods = {};
			for (const method of METHODS) {
				const list = runs[method.key];
				methods[method.key] = {
					ms: median(list.map((r) => r.ms)),
					peakMb: median(list.map((r) => r.peakMb)),
					cpu: median(list.map((r) => r.cpu)),
					rows: list[0].rows,
					startup: method.engine ? median(list.map((r) => r.startup)) : null,
					medianRun: medianRun(list)
				};
				for (const r of list)
					if (r.rows !== list[0].rows)
						failures.push(
							`${method.label} gave ${r.rows} and ${list[0].rows} rows on the same file`
						);
			}
			const expected = methods.bareReadCsv.rows;
			for (const method of METHODS)
				if (methods[method.key].rows !== expected)
					failures.push(
						`${rows} rows: ${method.label} read ${methods[method.key].rows} rows, read_csv ${expected}`
					);
			results.push({ rows, fileMb: statSync(file).size / 1e6, methods });
		}
	} finally {
		await browser.close();
		server.close();
	}
	console.log('');
	printTable(results);
	const startups = results.flatMap((r) => [
		r.methods.parallax.startup,
		r.methods.bareReadCsv.startup
	]);
	console.log(
		options.warm
			? '\nWarm: each method ran once, untimed, on the first 2,000 lines before being timed.'
			: '\nCold: each method met a freshly started DuckDB (no warm-up run).'
	);
	console.log(`DuckDB start-up (not in the times above): median ${median(startups).toFixed(0)} ms`);
	// Other work on the machine slows every method; a load above the core count makes figures noisy.
	console.log(
		`Machine: ${cpus().length} cores, load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`
	);
	if (options.profile) printProfile(results);
	if (failures.length > 0) {
		console.error(`\nFAILED:\n${failures.join('\n')}`);
		process.exitCode = 1;
	}
}

main().catch((error) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	process.exitCode = 1;
});
