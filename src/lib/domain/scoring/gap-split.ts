/**
 * Two markets' scores each under both markets' definitions: `aUnderB` is market A's data
 * scored under market B's definition.
 */
export interface CrossScores {
	aUnderA: number;
	aUnderB: number;
	bUnderA: number;
	bUnderB: number;
}

/** A gap between two markets' own scores, split into what the definitions and the data make. */
export interface GapSplit {
	/** B's score under its own definition minus A's under its own. */
	gap: number;
	/** The part that comes from scoring under a different definition. */
	definitionPart: number;
	/** The part that comes from the markets' numbers. */
	performancePart: number;
}

/**
 * Splits the gap between two markets' own scores into a definition part and a performance
 * part. Swapping the definition first or the data first gives different splits, so each part
 * is the mean of both orders (the Shapley value of two factors):
 * definition = ½[(aUnderB − aUnderA) + (bUnderB − bUnderA)],
 * performance = ½[(bUnderA − aUnderA) + (bUnderB − aUnderB)].
 * Their sum is ½[2·bUnderB − 2·aUnderA], the whole gap, with nothing left over.
 */
export function splitGap({ aUnderA, aUnderB, bUnderA, bUnderB }: CrossScores): GapSplit {
	return {
		gap: bUnderB - aUnderA,
		definitionPart: (aUnderB - aUnderA + (bUnderB - bUnderA)) / 2,
		performancePart: (bUnderA - aUnderA + (bUnderB - aUnderB)) / 2
	};
}

function formatScore(value: number): string {
	return Math.abs(value).toFixed(2);
}

/** True when a part, as shown, pulls against the gap. */
function narrows(part: number, gap: number): boolean {
	return part * gap < 0 && formatScore(part) !== '0.00';
}

function direction(value: number): string {
	return value < 0 ? 'below' : 'above';
}

/**
 * The split in one sentence, e.g. "Brazil scores 0.12 below Mexico: 0.09 of it comes from the
 * definitions, 0.03 from the numbers." A part that works against the gap is said to narrow it.
 * Scores are shown to two decimals, and a gap that rounds to 0.00 is read as none.
 */
export function describeGapSplit(split: GapSplit, names: { a: string; b: string }): string {
	const { a, b } = names;
	const { gap, definitionPart: definitions, performancePart: numbers } = split;
	if (formatScore(gap) === '0.00') {
		if (formatScore(definitions) === '0.00' && formatScore(numbers) === '0.00') {
			return `${b} and ${a} score the same: neither the definitions nor the numbers set them apart.`;
		}
		return (
			`${b} and ${a} score the same: the definitions put ${b} ${formatScore(definitions)} ` +
			`${direction(definitions)} ${a}, the numbers ${formatScore(numbers)} ${direction(numbers)}.`
		);
	}
	const opening = `${b} scores ${formatScore(gap)} ${direction(gap)} ${a}`;
	if (narrows(definitions, gap)) {
		return (
			`${opening}: the numbers account for ${formatScore(numbers)}, ` +
			`and the definitions narrow the gap by ${formatScore(definitions)}.`
		);
	}
	if (narrows(numbers, gap)) {
		return (
			`${opening}: the definitions account for ${formatScore(definitions)}, ` +
			`and the numbers narrow the gap by ${formatScore(numbers)}.`
		);
	}
	return (
		`${opening}: ${formatScore(definitions)} of it comes from the definitions, ` +
		`${formatScore(numbers)} from the numbers.`
	);
}
