import { quoteIdentifier, quoteString } from './quote';

/** The columns of a split-test file, as named in its header. */
export interface SplitColumns {
	/** Which variant each row belongs to. */
	variant: string;
	/** The outcome: 0/1 per unit, or the numerator of a ratio of sums. */
	metric: string;
	/** The ratio's denominator; without it each row is one unit with a 0/1 outcome. */
	denominator?: string;
	/** The column splitting the rows into groups (markets). */
	by?: string;
}

/** Kinds of bad row the statistics cannot use. */
export type SplitProblem =
	| 'empty_variant'
	| 'empty_group'
	| 'metric_not_number'
	| 'metric_not_binary'
	| 'metric_negative'
	| 'denominator_not_number'
	| 'denominator_negative';

/** A CSV file registered with the engine, every column read as text. */
export function splitSourceSql(file: string): string {
	return `read_csv(${quoteString(file)}, header = true, all_varchar = true)`;
}

/** The header of the file: one row per column (column_name, …). */
export function splitHeaderSql(file: string): string {
	return `DESCRIBE SELECT * FROM ${splitSourceSql(file)}`;
}

/**
 * The rows the statistics read, in file order: row (1-based data row), variant and group as
 * text, the metric (y) and the denominator (x) as numbers next to the text they came from.
 */
export function splitRowsSql(file: string, columns: SplitColumns, target: string): string {
	const text = (column: string) => `trim(${quoteIdentifier(column)})`;
	// row_number() over the scan gives the file's order: duckdb-wasm reads a CSV on one thread.
	const denominator = columns.denominator
		? `${text(columns.denominator)} AS x_text, TRY_CAST(${text(columns.denominator)} AS DOUBLE) AS x`
		: `NULL::VARCHAR AS x_text, 1::DOUBLE AS x`;
	return `CREATE OR REPLACE TABLE ${quoteIdentifier(target)} AS
SELECT row_number() OVER () AS "row",
	${text(columns.variant)} AS variant,
	${columns.by ? text(columns.by) : 'NULL::VARCHAR'} AS grp,
	${text(columns.metric)} AS y_text,
	TRY_CAST(${text(columns.metric)} AS DOUBLE) AS y,
	${denominator}
FROM ${splitSourceSql(file)}`;
}

/**
 * One row per kind of problem found in the rows table: how many rows, the first row and its
 * value. Empty when every row can be used. Unit-level data (no denominator) needs 0 or 1.
 */
export function splitProblemsSql(
	table: string,
	options: { grouped: boolean; ratio: boolean }
): string {
	const checks: [SplitProblem, string, string][] = [
		['empty_variant', `variant IS NULL OR variant = ''`, 'variant'],
		...(options.grouped
			? ([['empty_group', `grp IS NULL OR grp = ''`, 'grp']] as [SplitProblem, string, string][])
			: []),
		['metric_not_number', `y IS NULL`, 'y_text'],
		options.ratio
			? ['metric_negative', `y < 0`, 'y_text']
			: ['metric_not_binary', `y IS NOT NULL AND y NOT IN (0, 1)`, 'y_text'],
		...(options.ratio
			? ([
					['denominator_not_number', `x IS NULL`, 'x_text'],
					['denominator_negative', `x < 0`, 'x_text']
				] as [SplitProblem, string, string][])
			: [])
	];
	const source = quoteIdentifier(table);
	return checks
		.map(
			([problem, condition, value]) => `SELECT ${quoteString(problem)} AS problem,
	count(*) AS rows, min("row") AS first_row,
	arg_min(${value}, "row") AS first_value
FROM ${source} WHERE ${condition}
HAVING count(*) > 0`
		)
		.join('\nUNION ALL\n');
}

/** The distinct variants with their rows, in order of name. */
export function splitVariantsSql(table: string): string {
	return `SELECT variant, count(*) AS rows FROM ${quoteIdentifier(table)} GROUP BY variant ORDER BY variant`;
}

/**
 * Per group and variant: rows, sums of y and x, and the sample variances and covariance of
 * y and x across rows (0 for a single row) that the delta method needs.
 */
export function splitCountsSql(table: string): string {
	return `SELECT grp, variant, count(*) AS rows,
	sum(y) AS sum_y, sum(x) AS sum_x,
	coalesce(var_samp(y), 0) AS var_y, coalesce(var_samp(x), 0) AS var_x,
	coalesce(covar_samp(y, x), 0) AS cov_yx
FROM ${quoteIdentifier(table)}
GROUP BY grp, variant
ORDER BY grp, variant`;
}
