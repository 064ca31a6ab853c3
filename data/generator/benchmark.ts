import { closeSync, openSync, writeSync } from 'node:fs';
import { buildContentPlan } from './content-plan';
import { buildCreators } from './creators';
import { buildMarketFacts } from './facts';
import { FACTS_HEADER_LINE, toFactsLine } from './facts-csv';
import { MARKET_CODES } from './markets';
import { BENCHMARK_SEED } from './seeds';

// Seeds of cohort k sit in separate ranges so that no two tables of any cohorts share one.
const SEED_RANGE = 1_000_003;
// Lines are gathered into chunks of about this many characters before each write.
const CHUNK_CHARS = 4_000_000;

/**
 * Writes one canonical facts CSV of exactly `rows` data rows to `path`: cohorts of the
 * sample's creators, content and daily facts, each drawn with its own seeds and id prefix,
 * until enough rows exist. Streams in chunks, so memory stays flat for any size.
 * Returns the number of creators used.
 */
export function writeBenchmarkCsv(rows: number, path: string): { rows: number; creators: number } {
	if (!Number.isInteger(rows) || rows < 1)
		throw new Error(`--rows must be a positive integer, got ${rows}`);
	const file = openSync(path, 'w');
	let written = 0;
	let creatorCount = 0;
	let chunk: string[] = [`${FACTS_HEADER_LINE}\n`];
	let chunkChars = chunk[0]?.length ?? 0;
	const flush = () => {
		writeSync(file, chunk.join(''));
		chunk = [];
		chunkChars = 0;
	};
	try {
		for (let cohort = 0; written < rows; cohort += 1) {
			const prefix = `b${String(cohort).padStart(5, '0')}-`;
			const creators = buildCreators(BENCHMARK_SEED + cohort, prefix);
			const content = buildContentPlan(creators, BENCHMARK_SEED + SEED_RANGE + cohort);
			creatorCount += creators.length;
			for (const [index, market] of MARKET_CODES.entries()) {
				const seed = BENCHMARK_SEED + (2 + index) * SEED_RANGE + cohort;
				for (const row of buildMarketFacts(market, creators, content, seed)) {
					if (written >= rows) break;
					const line = `${toFactsLine(row)}\n`;
					chunk.push(line);
					chunkChars += line.length;
					written += 1;
					if (chunkChars >= CHUNK_CHARS) flush();
				}
			}
		}
		flush();
	} finally {
		closeSync(file);
	}
	return { rows: written, creators: creatorCount };
}
