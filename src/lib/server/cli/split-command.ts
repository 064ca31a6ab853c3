import fs from 'node:fs';
import path from 'node:path';
import type { Engine } from '$lib/engine/engine';
import { createNodeEngine } from '$lib/engine/node-engine';
import type { RatioRows } from '$lib/domain/stats/ratio-delta';
import {
	summariseSplit,
	type GroupCounts,
	type SplitCounts
} from '$lib/domain/stats/split-summary';
import type { Proportion } from '$lib/domain/stats/two-proportions';
import {
	splitCountsSql,
	splitHeaderSql,
	splitProblemsSql,
	splitRowsSql,
	splitVariantsSql,
	type SplitColumns,
	type SplitProblem
} from '$lib/sql/split-sql';
import type { Command } from './arguments';
import { runCampaignSplit } from './split-campaign-command';
import { formatSplit, toSplitDocument } from './split-document';

type SplitCommand = Extract<Command, { command: 'split'; source: 'file' }>;

const ROWS = 'split_rows';

/**
 * `parallax split <file>`: reads the file with DuckDB, sums it per group and variant in SQL,
 * and reads the sums with the split-test statistics. Without --denominator each row is one
 * unit with a 0/1 outcome; with it, each row is one unit of a ratio of sums. With --campaign
 * and --test, a test stored with a campaign is read from its facts instead.
 */
export async function runSplit(command: Extract<Command, { command: 'split' }>): Promise<string> {
	if (command.source === 'campaign') return runCampaignSplit(command);
	if (!fs.existsSync(command.file)) throw new Error(`${command.file}: no such file`);
	const label = path.basename(command.file);
	const columns: SplitColumns = {
		variant: command.variant,
		metric: command.metric,
		denominator: command.denominator,
		by: command.by
	};
	const engine = await createNodeEngine();
	try {
		const registered = `split-${label}`;
		await engine.registerFile(registered, new Uint8Array(fs.readFileSync(command.file)));
		await checkColumns(engine, registered, columns, label);
		await engine.exec(splitRowsSql(registered, columns, ROWS));
		await checkRows(engine, columns, label);
		const treatment = await treatmentVariant(engine, command, label);
		const counts = await readCounts(engine, command, treatment, label);
		const summary = summariseSplit(counts, {
			names: { control: command.control, treatment },
			planned: command.split ?? [50, 50]
		});
		const document = toSplitDocument(summary, {
			file: label,
			...columns,
			control: command.control
		});
		return command.json ? JSON.stringify(document, null, 2) : formatSplit(document);
	} finally {
		await engine.close();
	}
}

async function checkColumns(engine: Engine, file: string, columns: SplitColumns, label: string) {
	const header = (await engine.query(splitHeaderSql(file))).map((c) => String(c.column_name));
	const flags: [string, string | undefined][] = [
		['--variant', columns.variant],
		['--metric', columns.metric],
		['--denominator', columns.denominator],
		['--by', columns.by]
	];
	for (const [flag, column] of flags) {
		if (column !== undefined && !header.includes(column))
			throw new Error(
				`${label}: no column ${JSON.stringify(column)} (${flag}); the columns are ${header.map((h) => JSON.stringify(h)).join(', ')}`
			);
	}
}

const PROBLEM_TEXT: Record<SplitProblem, (columns: SplitColumns) => string> = {
	empty_variant: (c) => `column ${JSON.stringify(c.variant)} is empty`,
	empty_group: (c) => `column ${JSON.stringify(c.by)} is empty`,
	metric_not_number: (c) => `column ${JSON.stringify(c.metric)} is not a number`,
	metric_not_binary: (c) =>
		`column ${JSON.stringify(c.metric)} is not 0 or 1, which each unit's outcome must be without --denominator`,
	metric_negative: (c) => `column ${JSON.stringify(c.metric)} is negative`,
	denominator_not_number: (c) => `column ${JSON.stringify(c.denominator)} is not a number`,
	denominator_negative: (c) => `column ${JSON.stringify(c.denominator)} is negative`
};

/** Throws on the first kind of row the statistics cannot use, naming the row and the value. */
async function checkRows(engine: Engine, columns: SplitColumns, label: string) {
	const problems = await engine.query(
		splitProblemsSql(ROWS, { grouped: columns.by !== undefined, ratio: !!columns.denominator })
	);
	const [first] = problems;
	if (!first) return;
	const value = first.first_value === null ? '' : `${JSON.stringify(first.first_value)}: `;
	const more = Number(first.rows) > 1 ? ` (and ${Number(first.rows) - 1} more rows)` : '';
	throw new Error(
		`${label}: data row ${first.first_row}: ${value}${PROBLEM_TEXT[first.problem as SplitProblem](columns)}${more}`
	);
}

/** The one variant besides the control; a split test here compares exactly two. */
async function treatmentVariant(engine: Engine, command: SplitCommand, label: string) {
	const variants = (await engine.query(splitVariantsSql(ROWS))).map((v) => String(v.variant));
	const listed = variants.map((v) => JSON.stringify(v)).join(', ');
	if (!variants.includes(command.control))
		throw new Error(
			`${label}: control ${JSON.stringify(command.control)} not found in column ${JSON.stringify(command.variant)}, which holds ${listed}`
		);
	const others = variants.filter((v) => v !== command.control);
	if (others.length !== 1)
		throw new Error(
			`${label}: column ${JSON.stringify(command.variant)} holds ${variants.length} variants (${listed}); a split test compares the control with one treatment`
		);
	return others[0]!;
}

/** Per group, the control's and the treatment's sums, of the kind the metric asks for. */
async function readCounts(
	engine: Engine,
	command: SplitCommand,
	treatment: string,
	label: string
): Promise<SplitCounts> {
	const rows = await engine.query(splitCountsSql(ROWS));
	const groups = [...new Set(rows.map((r) => r.grp as string | null))];
	const find = (group: string | null, variant: string) => {
		const row = rows.find((r) => r.grp === group && r.variant === variant);
		if (!row)
			throw new Error(
				`${label}: ${command.by} ${JSON.stringify(group)} has no rows of variant ${JSON.stringify(variant)}`
			);
		return row;
	};
	if (!command.denominator) {
		const units = (row: Record<string, unknown>): Proportion => ({
			n: Number(row.rows),
			conversions: Number(row.sum_y)
		});
		const pairs: GroupCounts<Proportion>[] = groups.map((group) => ({
			group,
			control: units(find(group, command.control)),
			treatment: units(find(group, treatment))
		}));
		return { kind: 'units', groups: pairs };
	}
	const ratio = (row: Record<string, unknown>, group: string | null): RatioRows => {
		const summary = {
			rows: Number(row.rows),
			sumY: Number(row.sum_y),
			sumX: Number(row.sum_x),
			varY: Number(row.var_y),
			varX: Number(row.var_x),
			covYX: Number(row.cov_yx)
		};
		const where = group === null ? '' : ` in ${command.by} ${JSON.stringify(group)}`;
		if (summary.rows < 2)
			throw new Error(
				`${label}: variant ${JSON.stringify(row.variant)}${where} has ${summary.rows} row; a ratio of sums with rows as units needs at least two`
			);
		if (!(summary.sumX > 0))
			throw new Error(
				`${label}: column ${JSON.stringify(command.denominator)} sums to 0 for variant ${JSON.stringify(row.variant)}${where}`
			);
		return summary;
	};
	const pairs: GroupCounts<RatioRows>[] = groups.map((group) => ({
		group,
		control: ratio(find(group, command.control), group),
		treatment: ratio(find(group, treatment), group)
	}));
	return { kind: 'ratio', groups: pairs };
}
