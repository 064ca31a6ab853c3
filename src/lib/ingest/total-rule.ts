/**
 * The rule that tells a file's own total row from its data: pure arithmetic on the sums, so
 * that it can be checked on hand-made numbers. See file-totals for where the numbers come from.
 */

/** Sums of each additive measure over a set of rows, and how many rows. */
export interface Sums {
	count: number;
	values: Record<string, number>;
}

/** One measure of a total row: what the file states, and what its rows add up to. */
export type StatedAgainstRows = [stated: number, rows: number];

/**
 * How far a stated total may be from the sum of its rows and still be that sum: half a unit of
 * the last decimal shown, once per row summed (each row was rounded to what it shows).
 */
export function totalTolerance(decimals: number, rows: number): number {
	return 0.5 * 10 ** -decimals * Math.max(rows, 1);
}

/** True when a stated value is the sum of `rows` rows within the tolerance. */
export function isSumOf(stated: number, sum: number, decimals: number, rows: number): boolean {
	// The float error of summing is far below any rounding a file shows.
	const slack = 1e-9 * Math.max(Math.abs(sum), 1);
	return Math.abs(stated - sum) <= totalTolerance(decimals, rows) + slack;
}

/**
 * True when a row holds the total of the other rows: at least two measures each equal the
 * others' sum, at least one of them above zero (a row of zeros beside rows of zeros proves
 * nothing). `others` must not include the row itself.
 */
export function holdsTotalOf(
	row: Record<string, number | null>,
	others: Sums,
	decimals: Record<string, number>
): boolean {
	let matching = 0;
	let positive = false;
	for (const [measure, value] of Object.entries(row)) {
		if (value === null) continue;
		const sum = others.values[measure] ?? 0;
		if (!isSumOf(value, sum, decimals[measure] ?? 0, others.count)) continue;
		matching++;
		positive ||= value > 0;
	}
	return matching >= 2 && positive;
}

/**
 * The measures of a stated total beside its rows' sums, those that are not the sum within the
 * rounding the file shows, and whether every one agrees.
 */
export function compareWithRows(
	row: Record<string, number | null>,
	rows: Sums,
	decimals: Record<string, number>
): { measures: Record<string, StatedAgainstRows>; differing: string[]; agrees: boolean } {
	const measures: Record<string, StatedAgainstRows> = {};
	const differing: string[] = [];
	for (const [measure, value] of Object.entries(row)) {
		if (value === null) continue;
		const sum = rows.values[measure] ?? 0;
		measures[measure] = [value, sum];
		if (!isSumOf(value, sum, decimals[measure] ?? 0, rows.count)) differing.push(measure);
	}
	return { measures, differing, agrees: differing.length === 0 };
}

/** Sums without one row (a candidate total is not one of its own "other rows"). */
export function withoutRow(sums: Sums, row: Record<string, number | null>): Sums {
	const values = { ...sums.values };
	for (const [measure, value] of Object.entries(row))
		if (value !== null) values[measure] = (values[measure] ?? 0) - value;
	return { count: sums.count - 1, values };
}

/** The most decimals any of a column's cells shows, its decimal mark known (`12,28` → 2). */
export function decimalsShown(cells: string[], decimal: '.' | ','): number {
	let most = 0;
	for (const cell of cells) {
		const at = cell.lastIndexOf(decimal);
		if (at < 0) continue;
		const digits = /^\d*/.exec(cell.slice(at + 1))![0].length;
		if (digits > most) most = digits;
	}
	return most;
}
