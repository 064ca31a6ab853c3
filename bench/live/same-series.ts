/** The check that a baseline's chart rows are the roll-up's: same days and markets, same values. */

/** One chart row, as chartSeriesSql returns it. */
export interface ChartRow {
	date: string;
	market: string;
	value: number | null;
}

// Sums over the roll-up add the same numbers in another order than sums over the raw rows.
const TOLERANCE = 1e-9;

/** The first difference between two lists of chart rows, in words, or null when they agree. */
export function sameSeries(expected: ChartRow[], actual: ChartRow[]): string | null {
	if (expected.length !== actual.length)
		return `${actual.length} rows instead of ${expected.length}`;
	for (const [i, want] of expected.entries()) {
		const got = actual[i]!;
		if (got.date !== want.date || got.market !== want.market)
			return `row ${i} is ${got.date} ${got.market}, expected ${want.date} ${want.market}`;
		if (want.value === null || got.value === null) {
			if (want.value !== got.value)
				return `${want.date} ${want.market}: ${got.value} ≠ ${want.value}`;
			continue;
		}
		const scale = Math.max(Math.abs(want.value), Math.abs(got.value), Number.MIN_VALUE);
		if (Math.abs(got.value - want.value) / scale > TOLERANCE)
			return `${want.date} ${want.market}: ${got.value} ≠ ${want.value}`;
	}
	return null;
}
