/**
 * `parallax split` end to end: the real Udacity ab_data.csv test by country, and the errors a
 * user meets. Expected values come from src/lib/domain/stats/reference/ab-data.json and
 * cases.json, written by make_reference.py beside them with statsmodels, SciPy and numpy (its
 * header names the tool behind each figure). The real files are read from $PARALLAX_REAL_DATA,
 * else ../shared/datasets/real, and must have the sha256 the reference was computed from.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '$lib/engine/node-engine';
import {
	AB_DATA_REFERENCE as reference,
	REFERENCE,
	expectInterval,
	expectRelative,
	type ReferenceComparison
} from '$lib/domain/stats/reference/reference-cases';
import { parseCommand } from '$lib/server/cli/arguments';
import { runSplit } from '$lib/server/cli/split-command';
import type { SplitDocument } from '$lib/server/cli/split-document';
import { quoteString } from '$lib/sql/quote';
import { assertRealDataFolder, readRealFile, realDataFolder } from '../real/reference-outcomes';
import { parallaxCli } from '../support/parallax-cli';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-cli-split-'));
const cleanFile = path.join(work, 'ab_data_clean.csv');

const parallax = parallaxCli({ PARALLAX_DATA_DIR: path.join(work, 'data') });

function writeCsv(name: string, text: string): string {
	const file = path.join(work, name);
	fs.writeFileSync(file, text);
	return file;
}

/** The counts of each cleaning step, as ab-data.json records them. */
let cleaning: Record<string, number>;

/**
 * Cleans ab_data.csv the way make_reference.py does with pandas: rows whose group and landing
 * page disagree go first, then every repeated user_id after its first row in file order; the
 * rest is joined with countries.csv and written to a temporary CSV.
 */
beforeAll(async () => {
	const folder = realDataFolder();
	assertRealDataFolder(folder);
	const engine = await createNodeEngine();
	try {
		for (const name of ['ab_data.csv', 'countries.csv'])
			await engine.registerFile(name, readRealFile(folder, name, reference.files[name]!));
		const csv = (name: string) =>
			`read_csv(${quoteString(name)}, header = true, all_varchar = true)`;
		await engine.exec(
			`CREATE TABLE ab AS SELECT row_number() OVER () AS line, * FROM ${csv('ab_data.csv')}`
		);
		await engine.exec(`CREATE TABLE aligned AS SELECT * FROM ab
			WHERE ("group" = 'treatment') = (landing_page = 'new_page')`);
		await engine.exec(`CREATE TABLE kept AS SELECT * FROM aligned
			QUALIFY row_number() OVER (PARTITION BY user_id ORDER BY line) = 1`);
		await engine.exec(`CREATE TABLE joined AS
			SELECT k.line, k.user_id, k."timestamp", k."group", k.landing_page, k.converted, c.country
			FROM kept k JOIN ${csv('countries.csv')} c ON c.user_id = k.user_id`);
		const [counts] = await engine.query(`SELECT
			(SELECT count(*) FROM ab) AS ab, (SELECT count(*) FROM aligned) AS aligned,
			(SELECT count(*) FROM kept) AS kept, (SELECT count(*) FROM joined) AS joined`);
		cleaning = {
			rows: Number(counts!.ab),
			mismatched_rows_removed: Number(counts!.ab) - Number(counts!.aligned),
			repeated_user_rows_removed: Number(counts!.aligned) - Number(counts!.kept),
			rows_kept: Number(counts!.kept),
			rows_joined: Number(counts!.joined)
		};
		const rows = await engine.query(
			'SELECT user_id, "timestamp", "group", landing_page, converted, country FROM joined ORDER BY line'
		);
		const lines = rows.map((r) =>
			[r.user_id, r.timestamp, r.group, r.landing_page, r.converted, r.country].join(',')
		);
		fs.writeFileSync(
			cleanFile,
			['user_id,timestamp,group,landing_page,converted,country', ...lines].join('\n') + '\n'
		);
	} finally {
		await engine.close();
	}
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** One group of the command's JSON against the reference's. */
function expectGroup(actual: SplitDocument['pooled'], expected: ReferenceComparison) {
	const what = (field: string) => `${expected.group ?? 'pooled'} ${field}`;
	const { variants, srm } = actual;
	expect(variants.map((v) => [v.name, v.n, v.conversions])).toEqual(
		expected.variants.map((v) => [v.name, v.n, v.conversions])
	);
	variants.forEach((v, i) => expectRelative(v.rate, expected.variants[i]!.rate, what('rate')));
	expectRelative(actual.diff, expected.diff, what('diff'));
	expectInterval(actual.ci95, expected.ci95, what('ci95 (Wald)'));
	expectInterval(actual.ci95_newcombe, expected.ci95_newcombe, what('ci95_newcombe'));
	expectRelative(actual.rel_lift, expected.rel_lift, what('rel_lift'));
	expectInterval(actual.rel_lift_ci95, expected.rel_lift_ci95, what('rel_lift_ci95'));
	expectRelative(actual.z, expected.z, what('z'));
	expectRelative(actual.p, expected.p, what('p'));
	expectRelative(actual.p_adjusted, expected.p_adjusted ?? null, what('p_adjusted'));
	expectRelative(actual.prob_beat_control, expected.prob_beat_control, what('prob_beat_control'));
	expectRelative(actual.expected_loss, expected.expected_loss, what('expected_loss'));
	expectRelative(srm.chi2, expected.srm.chi2, what('srm chi2'));
	expectRelative(srm.p, expected.srm.p, what('srm p'));
	expect(srm.mismatch).toBe(expected.srm.mismatch);
}

describe('parallax split on ab_data.csv by country', () => {
	it('cleans the file as the reference did', () => {
		expect(cleaning).toEqual(reference.cleaning);
	});

	it('matches statsmodels and SciPy per country, pooled and combined', async () => {
		const { variant, control, metric, by } = reference.command;
		const result = await parallax(
			'split',
			cleanFile,
			'--variant',
			variant,
			'--control',
			control,
			'--metric',
			metric,
			'--by',
			by,
			'--split',
			'50/50',
			'--json'
		);
		expect(result.code, result.stderr).toBe(0);
		const document = JSON.parse(result.stdout) as SplitDocument;
		expect(document.method).toBe('two-proportion-z');
		expect(document.groups.map((g) => g.group)).toEqual(['CA', 'UK', 'US']);
		document.groups.forEach((g, i) => expectGroup(g, reference.groups[i]!));
		expectGroup(document.pooled, reference.pooled);
		expectRelative(document.combined!.diff, reference.combined.diff, 'combined diff');
		expectInterval(document.combined!.ci95, reference.combined.ci95, 'combined ci95');
		expectRelative(document.heterogeneity!.q, reference.heterogeneity.q, 'Q');
		expectRelative(document.heterogeneity!.p, reference.heterogeneity.p, 'Q p');
		expectRelative(document.heterogeneity!.i2, reference.heterogeneity.i2, 'I²');
		expect(document.simpson_warning).toBe(reference.simpson_warning);
	});
});

describe('parallax split on daily rows with a denominator', () => {
	it('reads a ratio of sums with rows as units, as the numpy reference does', async () => {
		const [week] = REFERENCE.ratio;
		const rows = (variant: string, data: [number, number][]) =>
			data.map(([clicks, impressions], day) => `${day},${variant},${clicks},${impressions}`);
		const file = writeCsv(
			'daily.csv',
			[
				'day,variant,clicks,impressions',
				...rows('A', week!.control_rows),
				...rows('B', week!.treatment_rows)
			].join('\n')
		);
		const result = await parallax(
			'split',
			file,
			'--variant',
			'variant',
			'--control',
			'A',
			'--metric',
			'clicks',
			'--denominator',
			'impressions',
			'--json'
		);
		expect(result.code, result.stderr).toBe(0);
		const document = JSON.parse(result.stdout) as SplitDocument;
		expect(document.method).toBe('ratio-delta');
		expect(document.method_description).toContain('rows as units');
		const group = document.groups[0]!;
		expect(group.variants.map((v) => v.n)).toEqual([21, 21]);
		expectRelative(group.diff, week!.expected.diff, 'diff');
		expectInterval(group.ci95, week!.expected.ci95, 'ci95');
		expectRelative(group.p, week!.expected.p, 'p');
		expectInterval(group.rel_lift_ci95, week!.expected.rel_lift_ci95, 'rel_lift_ci95');
		expect(group.ci95_newcombe).toBeNull();
	});
});

// The errors are checked in process, through the same parser and command the bin runs.
describe('parallax split errors', () => {
	const units = writeCsv(
		'units.csv',
		'user,arm,converted\n1,control,0\n2,control,1\n3,treatment,0\n4,treatment,1\n'
	);
	const split = (...args: string[]) => runSplit(parseSplit(['split', ...args]));

	it('names the file and the missing column, with the columns it has', async () => {
		await expect(
			split(units, '--variant', 'arm', '--control', 'control', '--metric', 'bought')
		).rejects.toThrow(
			'units.csv: no column "bought" (--metric); the columns are "user", "arm", "converted"'
		);
	});

	it('names the control value that is not in the variant column', async () => {
		await expect(
			split(units, '--variant', 'arm', '--control', 'old', '--metric', 'converted')
		).rejects.toThrow(
			'units.csv: control "old" not found in column "arm", which holds "control", "treatment"'
		);
	});

	it('refuses an outcome that is not 0 or 1 without a denominator, naming row and column', async () => {
		await expect(
			split(units, '--variant', 'arm', '--control', 'control', '--metric', 'user')
		).rejects.toThrow(
			'units.csv: data row 2: "2": column "user" is not 0 or 1, which each unit\'s outcome must be without --denominator (and 2 more rows)'
		);
	});

	it('refuses a malformed planned split before reading anything', () => {
		expect(() =>
			parseCommand([
				'split',
				units,
				'--variant',
				'arm',
				'--control',
				'c',
				'--metric',
				'm',
				'--split',
				'half'
			])
		).toThrow('--split expects control/treatment shares such as 50/50');
	});
});

/** The parsed `split` command line. */
function parseSplit(argv: string[]) {
	const command = parseCommand(argv);
	if (command.command !== 'split') throw new Error(`not a split command: ${command.command}`);
	return command;
}
