/**
 * Holds two scorings of the same campaign against each other, value by value: verdicts,
 * targets, missing lists and divergences must be equal, and numbers equal up to the last
 * bits. DuckDB adds doubles in the order it meets the rows, and the roll-up's rows come in
 * another order than the raw facts', so a sum of money can differ in its last bits.
 */

/** Relative difference two numbers may have and still count as the same value. */
export const RELATIVE_TOLERANCE = 1e-9;

/** What a comparison found. */
export interface Comparison {
	/** Numbers compared, and how many of them were equal to the bit. */
	numbers: number;
	exact: number;
	/** The largest relative difference between two numbers compared. */
	largestDifference: number;
	/** Where the two differ beyond the tolerance, one line each; empty when they agree. */
	differences: string[];
}

/** Compares two values of the same shape (scoring results), recursively. */
export function compareScores(expected: unknown, actual: unknown): Comparison {
	const comparison: Comparison = { numbers: 0, exact: 0, largestDifference: 0, differences: [] };
	walk(expected, actual, '', comparison);
	return comparison;
}

function walk(expected: unknown, actual: unknown, path: string, into: Comparison): void {
	if (typeof expected === 'number' && typeof actual === 'number') {
		into.numbers++;
		if (Object.is(expected, actual)) {
			into.exact++;
			return;
		}
		const difference = Math.abs(expected - actual) / Math.max(Math.abs(expected), Math.abs(actual));
		into.largestDifference = Math.max(into.largestDifference, difference);
		if (!(difference <= RELATIVE_TOLERANCE))
			into.differences.push(`${path}: ${expected} ≠ ${actual}`);
		return;
	}
	if (Array.isArray(expected) && Array.isArray(actual)) {
		if (expected.length !== actual.length)
			into.differences.push(`${path}: ${expected.length} items ≠ ${actual.length}`);
		const length = Math.min(expected.length, actual.length);
		for (let i = 0; i < length; i++) walk(expected[i], actual[i], `${path}[${i}]`, into);
		return;
	}
	if (isObject(expected) && isObject(actual)) {
		const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
		for (const key of keys) walk(expected[key], actual[key], `${path}.${key}`, into);
		return;
	}
	if (!Object.is(expected, actual))
		into.differences.push(`${path}: ${JSON.stringify(expected)} ≠ ${JSON.stringify(actual)}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
