/**
 * "Did you mean …?" for names in formulas: the known name fewest edits away from a
 * mistyped one.
 */

/** Levenshtein distance: the fewest single-character insertions, deletions or substitutions. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
		}
		previous = current;
	}
	return previous[b.length]!;
}

/**
 * The candidate closest to `name`, or null when none is close enough to be a typo: at most
 * one edit per three characters (and always one).
 */
export function closestName(name: string, candidates: Iterable<string>): string | null {
	const limit = Math.max(1, Math.floor(name.length / 3));
	let best: string | null = null;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const distance = editDistance(name, candidate);
		if (distance <= limit && distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}
