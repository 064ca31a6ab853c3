import { describe, expect, it } from 'vitest';
import { describeGapSplit, splitGap } from './gap-split';

describe('splitGap', () => {
	it('splits a gap whose parts are exact in binary', () => {
		// gap = 1 − 0.5 = 0.5
		// definition = ½[(0.75 − 0.5) + (1 − 0.625)] = ½[0.25 + 0.375] = 0.3125
		// performance = ½[(0.625 − 0.5) + (1 − 0.75)] = ½[0.125 + 0.25] = 0.1875
		expect(splitGap({ aUnderA: 0.5, aUnderB: 0.75, bUnderA: 0.625, bUnderB: 1 })).toEqual({
			gap: 0.5,
			definitionPart: 0.3125,
			performancePart: 0.1875
		});
	});

	it('splits the gap of scores 0.8, 1.0, 0.9, 1.2 into 0.25 and 0.15', () => {
		// gap = 1.2 − 0.8 = 0.4
		// definition = ½[(1.0 − 0.8) + (1.2 − 0.9)] = ½[0.2 + 0.3] = 0.25
		// performance = ½[(0.9 − 0.8) + (1.2 − 1.0)] = ½[0.1 + 0.2] = 0.15
		const split = splitGap({ aUnderA: 0.8, aUnderB: 1.0, bUnderA: 0.9, bUnderB: 1.2 });
		expect(split.gap).toBeCloseTo(0.4, 12);
		expect(split.definitionPart).toBeCloseTo(0.25, 12);
		expect(split.performancePart).toBeCloseTo(0.15, 12);
	});

	it('flips every sign when the markets swap places', () => {
		const split = splitGap({ aUnderA: 0.5, aUnderB: 0.75, bUnderA: 0.625, bUnderB: 1 });
		const swapped = splitGap({ aUnderA: 1, aUnderB: 0.625, bUnderA: 0.75, bUnderB: 0.5 });
		expect(swapped).toEqual({
			gap: -split.gap,
			definitionPart: -split.definitionPart,
			performancePart: -split.performancePart
		});
	});

	it('puts the whole gap on the numbers when the definitions score alike', () => {
		// Each market scores the same under either definition.
		expect(splitGap({ aUnderA: 0.75, aUnderB: 0.75, bUnderA: 1.25, bUnderB: 1.25 })).toEqual({
			gap: 0.5,
			definitionPart: 0,
			performancePart: 0.5
		});
	});

	it('puts the whole gap on the definitions when the data scores alike', () => {
		// Both markets' data score the same under each definition.
		expect(splitGap({ aUnderA: 0.75, aUnderB: 1.25, bUnderA: 0.75, bUnderB: 1.25 })).toEqual({
			gap: 0.5,
			definitionPart: 0.5,
			performancePart: 0
		});
	});

	it('always splits the whole gap, for 50 seeded random quadruples', () => {
		// Numerical Recipes' 32-bit LCG, seeded, so the quadruples are the same on every run.
		let state = 20240301;
		const next = () => {
			state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
			return (state / 2 ** 32) * 1.5;
		};
		const seen = new Set<number>();
		for (let i = 0; i < 50; i++) {
			const scores = { aUnderA: next(), aUnderB: next(), bUnderA: next(), bUnderB: next() };
			seen.add(scores.aUnderA);
			const split = splitGap(scores);
			expect(split.gap).toBe(scores.bUnderB - scores.aUnderA);
			expect(split.definitionPart + split.performancePart).toBeCloseTo(split.gap, 12);
		}
		// The generator really varies.
		expect(seen.size).toBe(50);
	});
});

describe('describeGapSplit', () => {
	const names = { a: 'Mexico', b: 'Brazil' };

	it('says where a gap comes from when both parts point its way', () => {
		const split = { gap: -0.12, definitionPart: -0.09, performancePart: -0.03 };
		expect(describeGapSplit(split, names)).toBe(
			'Brazil scores 0.12 below Mexico: 0.09 of it comes from the definitions, 0.03 from the numbers.'
		);
	});

	it('describes the split computed from scores', () => {
		const split = splitGap({ aUnderA: 0.8, aUnderB: 1.0, bUnderA: 0.9, bUnderB: 1.2 });
		expect(describeGapSplit(split, names)).toBe(
			'Brazil scores 0.40 above Mexico: 0.25 of it comes from the definitions, 0.15 from the numbers.'
		);
	});

	it('says when the definitions narrow the gap', () => {
		const split = { gap: -0.12, definitionPart: 0.03, performancePart: -0.15 };
		expect(describeGapSplit(split, names)).toBe(
			'Brazil scores 0.12 below Mexico: the numbers account for 0.15, and the definitions narrow the gap by 0.03.'
		);
	});

	it('says when the numbers narrow the gap', () => {
		const split = { gap: 0.2, definitionPart: 0.25, performancePart: -0.05 };
		expect(describeGapSplit(split, names)).toBe(
			'Brazil scores 0.20 above Mexico: the definitions account for 0.25, and the numbers narrow the gap by 0.05.'
		);
	});

	it('does not call a part that rounds to nothing a narrowing', () => {
		const split = { gap: 0.2, definitionPart: 0.201, performancePart: -0.001 };
		expect(describeGapSplit(split, names)).toBe(
			'Brazil scores 0.20 above Mexico: 0.20 of it comes from the definitions, 0.00 from the numbers.'
		);
	});

	it('says when parts cancel out to no gap', () => {
		const split = { gap: 0, definitionPart: 0.05, performancePart: -0.05 };
		expect(describeGapSplit(split, names)).toBe(
			'Brazil and Mexico score the same: the definitions put Brazil 0.05 above Mexico, the numbers 0.05 below.'
		);
	});

	it('says when nothing sets the markets apart', () => {
		const split = { gap: 0.001, definitionPart: 0.0005, performancePart: 0.0005 };
		expect(describeGapSplit(split, names)).toBe(
			'Brazil and Mexico score the same: neither the definitions nor the numbers set them apart.'
		);
	});
});
