import { describe, expect, it } from 'vitest';
import { describeGapSplit, splitGap, type GapSplit } from '$lib/domain/scoring/gap-split';
import { gapSentence } from './gap-sentence';

const names = { a: 'Mexico', b: 'Brazil' };

// The interface's sentence must say in English exactly what the domain's describeGapSplit says.
const CASES: [string, GapSplit][] = [
	['both parts point the gap’s way', { gap: -0.12, definitionPart: -0.09, performancePart: -0.03 }],
	[
		'a split computed from scores',
		splitGap({ aUnderA: 0.8, aUnderB: 1.0, bUnderA: 0.9, bUnderB: 1.2 })
	],
	['the definitions narrow the gap', { gap: -0.12, definitionPart: 0.03, performancePart: -0.15 }],
	['the numbers narrow the gap', { gap: 0.2, definitionPart: 0.25, performancePart: -0.05 }],
	['a part rounds to nothing', { gap: 0.2, definitionPart: 0.201, performancePart: -0.001 }],
	['parts cancel out to no gap', { gap: 0, definitionPart: 0.05, performancePart: -0.05 }],
	[
		'nothing sets the markets apart',
		{ gap: 0.001, definitionPart: 0.0005, performancePart: 0.0005 }
	]
];

describe('the gap sentence in English', () => {
	it.each(CASES)('reads as describeGapSplit when %s', (_, split) => {
		expect(gapSentence(split, names)).toBe(describeGapSplit(split, names));
	});

	it('names the part that narrows the gap', () => {
		expect(gapSentence({ gap: -0.12, definitionPart: 0.03, performancePart: -0.15 }, names)).toBe(
			'Brazil scores 0.12 below Mexico: the numbers account for 0.15, and the definitions narrow the gap by 0.03.'
		);
	});
});
