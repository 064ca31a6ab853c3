import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's place (tests/real/). */
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Environment variable naming the folder of the real public datasets. */
export const REAL_DATA_VARIABLE = 'PARALLAX_REAL_DATA';

/** One loaded row that expected.json describes in full. */
export interface SpotRow {
	line: number;
	date: string;
	period_start: string | null;
	period_end: string | null;
	dimensions: Record<string, string>;
	measures: Record<string, number>;
	/** Raw text of unmapped columns, by header. */
	extra: Record<string, string>;
}

/** What importing one real file must produce (see tests/real/README.md). */
export interface ExpectedFile {
	options: { market: string; date?: string; period?: string };
	sha256: string;
	detected: {
		encoding: string;
		bom: boolean;
		delimiter: string;
		decimal: string;
		header_row: number;
		grain: string;
		reported_range: { start: string; end: string } | null;
	};
	mapping: Record<string, string>;
	unmapped: string[];
	rows: { loaded: number; rejected: number; summary_skipped: number };
	totals: Record<string, number>;
	values_present: Record<string, number>;
	currency: string | null;
	dates: { min: string; max: string };
	rejects: { line: number; column: string; reason: string }[];
	spot_rows: SpotRow[];
	/** Every loaded row: [line, date, period_start, period_end]. */
	periods?: [number, string, string, string][];
	/** Week start → [period_start, period_end] for weeks the reported range cuts. */
	cut_weeks?: Record<string, [string, string]>;
	/**
	 * The file's own whole-file total rows (`Total`, `Total: Conta|Cuenta|Account`, every other
	 * text cell empty): measure → [stated, sum of the loaded rows]. Google Ads files only.
	 */
	file_totals?: {
		line: number;
		label: string;
		measures: Record<string, [number, number]>;
		agrees: boolean;
	}[];
}

/** A campaign scenario: imports in order, and the campaign's facts after them. */
export interface ExpectedCampaign {
	imports: { file: string; loaded: number; replaced: number }[];
	final_rows: number;
	totals: Record<string, number>;
	rows_by_period_start_month: Record<string, number>;
	totals_by_period_start_month: Record<string, Record<string, number>>;
}

/** The whole of expected.json. */
export interface ReferenceOutcomes {
	files: Record<string, ExpectedFile>;
	campaigns: {
		sunmotors_all_14: ExpectedCampaign;
		sunmotors_kia_jun_twice: ExpectedCampaign;
	};
}

/** Reads tests/real/expected.json. */
export function loadReferenceOutcomes(): ReferenceOutcomes {
	const file = fileURLToPath(new URL('./expected.json', import.meta.url));
	return JSON.parse(readFileSync(file, 'utf8')) as ReferenceOutcomes;
}

/** The datasets folder: `$PARALLAX_REAL_DATA`, else ../shared/datasets/real from the repository root. */
export function realDataFolder(): string {
	const fromEnvironment = process.env[REAL_DATA_VARIABLE];
	return fromEnvironment ? resolve(fromEnvironment) : resolve(REPO_ROOT, '../shared/datasets/real');
}

/** Throws a message naming the variable to set when the datasets folder is not there. */
export function assertRealDataFolder(folder: string): void {
	if (!existsSync(folder))
		throw new Error(
			`real datasets folder not found: ${folder}; set ${REAL_DATA_VARIABLE} to the folder ` +
				'that holds PROVENANCE.md and the files listed in tests/real/expected.json'
		);
}

/**
 * The bytes of one real file, checked against the sha256 that expected.json was computed
 * from: a changed file makes every expectation about it meaningless, so it fails loudly.
 */
export function readRealFile(folder: string, path: string, sha256: string): Uint8Array {
	const file = join(folder, path);
	if (!existsSync(file))
		throw new Error(`${file} is missing from the real datasets folder (${REAL_DATA_VARIABLE})`);
	const bytes = readFileSync(file);
	const actual = createHash('sha256').update(bytes).digest('hex');
	if (actual !== sha256)
		throw new Error(
			`${path}: sha256 ${actual} differs from ${sha256}, the bytes expected.json was computed ` +
				'from; run tests/real/reference.py again if the file changed on purpose'
		);
	return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
