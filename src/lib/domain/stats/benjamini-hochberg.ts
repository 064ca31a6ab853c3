/**
 * Benjamini–Hochberg adjusted p-values (false discovery rate) for a family of tests, such as
 * every market × metric shown together. Null entries (tests that could not be run) stay null
 * and do not count in the family's size. The result keeps the input's order.
 */
export function adjustBenjaminiHochberg(pValues: readonly (number | null)[]): (number | null)[] {
	const present = pValues
		.map((p, index) => ({ p, index }))
		.filter((entry): entry is { p: number; index: number } => entry.p !== null);
	for (const { p } of present) {
		if (!(p >= 0 && p <= 1)) throw new Error(`not a p-value: ${p}`);
	}
	const m = present.length;
	const adjusted: (number | null)[] = pValues.map(() => null);
	// Step up from the largest p: each adjusted value is the smallest m·p/rank at or above it.
	const ranked = [...present].sort((a, b) => b.p - a.p);
	let running = 1;
	ranked.forEach(({ p, index }, position) => {
		const rank = m - position;
		running = Math.min(running, (m * p) / rank);
		adjusted[index] = running;
	});
	return adjusted;
}
