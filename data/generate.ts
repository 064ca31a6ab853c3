/**
 * Writes the sample campaign into data/sample, or one large facts CSV for benchmarks.
 *
 *   npx tsx data/generate.ts                          # data/sample/* (deterministic)
 *   npx tsx data/generate.ts --rows 1000000 --out big.csv
 *
 * See data/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeBenchmarkCsv } from './generator/benchmark';
import { formatFindings } from './generator/report';
import { buildSampleFiles } from './generator/sample-files';
import { formatTimingStory } from './generator/timing-story';

const SAMPLE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'sample');

function main(): void {
	const { values } = parseArgs({
		options: { rows: { type: 'string' }, out: { type: 'string' } }
	});
	if (values.rows !== undefined || values.out !== undefined) {
		if (values.rows === undefined || values.out === undefined) {
			throw new Error('benchmark mode needs both --rows N and --out FILE.csv');
		}
		const started = performance.now();
		const result = writeBenchmarkCsv(Number(values.rows), values.out);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		console.log(
			`${values.out}: ${result.rows} rows from ${result.creators} creators in ${seconds} s`
		);
		return;
	}
	const { files, findings, timing, problems } = buildSampleFiles();
	if (problems.length > 0) {
		throw new Error(`the sample does not show what it promises:\n- ${problems.join('\n- ')}`);
	}
	for (const [path, text] of Object.entries(files)) {
		const target = join(SAMPLE_DIR, path);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, text);
	}
	console.log(formatFindings(findings));
	console.log(`\n${formatTimingStory(timing)}`);
	console.log(`\nWrote ${Object.keys(files).length} files to ${SAMPLE_DIR}`);
}

main();
