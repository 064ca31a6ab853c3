import type { GapSplit } from '$lib/domain/scoring/gap-split';
import { m } from '$lib/paraglide/messages';

// Scores are shown to two decimals, and a gap that rounds to 0.00 is read as none.
const shown = (value: number) => Math.abs(value).toFixed(2);

/** True when a part, as shown, pulls against the gap. */
const narrows = (part: number, gap: number) => part * gap < 0 && shown(part) !== '0.00';

const direction = (value: number) =>
	value < 0 ? m.scoreboard_gap_below() : m.scoreboard_gap_above();

/**
 * The gap split in one sentence of the reader's language, e.g. "Brazil scores 0.12 below
 * Mexico: 0.09 of it comes from the definitions, 0.03 from the numbers." In English it reads
 * as describeGapSplit writes it; a part that works against the gap is said to narrow it.
 */
export function gapSentence(split: GapSplit, names: { a: string; b: string }): string {
	const { a, b } = names;
	const { gap, definitionPart, performancePart } = split;
	const definitions = shown(definitionPart);
	const numbers = shown(performancePart);
	if (shown(gap) === '0.00') {
		if (definitions === '0.00' && numbers === '0.00') return m.scoreboard_gap_same({ a, b });
		return m.scoreboard_gap_same_apart({
			a,
			b,
			definitions,
			definitionsDirection: direction(definitionPart),
			numbers,
			numbersDirection: direction(performancePart)
		});
	}
	const parts = { a, b, gap: shown(gap), direction: direction(gap), definitions, numbers };
	if (narrows(definitionPart, gap)) return m.scoreboard_gap_definitions_narrow(parts);
	if (narrows(performancePart, gap)) return m.scoreboard_gap_numbers_narrow(parts);
	return m.scoreboard_gap_both(parts);
}
