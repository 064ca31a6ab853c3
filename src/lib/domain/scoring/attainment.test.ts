import { describe, expect, it } from 'vitest';
import type { Verdict } from '../definitions';
import { attainment, kpiVerdict, verdictLevel } from './attainment';

describe('attainment', () => {
	it.each([
		// 0.09 / 0.035 = 2.571… > 1.5, so the cap holds.
		['a rate far above target, capped', 0.09, 0.035, '>=', 1.5, 1.5],
		// 20 / 25 = 0.8.
		['a cost above its ceiling', 25, 20, '<=', 1.5, 0.8],
		// 20 / 10 = 2 > 1.5.
		['a cost far below its ceiling, capped', 10, 20, '<=', 1.5, 1.5],
		// 12,600 / 14,000 = 0.9.
		['a count short of target', 12_600, 14_000, '>=', 1.5, 0.9],
		// 3 / 2 = 1.5, exactly the cap.
		['an attainment at the cap', 3, 2, '>=', 1.5, 1.5],
		// 3 / 2 = 1.5 > 1.2.
		['an attainment over a cap other than the default', 3, 2, '>=', 1.2, 1.2],
		['a zero actual against a positive target', 0, 14_000, '>=', 1.5, 0],
		['a cost of nothing, which meets any ceiling', 0, 20, '<=', 1.5, 1.5],
		['a cost above a ceiling of zero', 5, 0, '<=', 1.5, 0]
	] as const)('scores %s', (_name, actual, target, comparator, cap, expected) => {
		expect(attainment(actual, target, comparator, cap)).toBe(expected);
	});

	it('divides without rounding: 0.028 / 0.035 is 0.8 to 12 places', () => {
		expect(attainment(0.028, 0.035, '>=', 1.5)).toBeCloseTo(0.8, 12);
	});

	it.each([
		['no actual', null, 0.035, '>='],
		['an actual that is not a number', Number.NaN, 0.035, '>='],
		['an infinite actual', Number.POSITIVE_INFINITY, 20, '<='],
		['a zero target when higher is better', 500, 0, '>=']
	] as const)('has no value for %s', (_name, actual, target, comparator) => {
		expect(attainment(actual, target, comparator, 1.5)).toBeNull();
	});
});

describe('kpiVerdict', () => {
	const bands = { win: 1, onTrack: 0.9 };

	it.each([
		[1.5, 'win'],
		[1, 'win'],
		[0.95, 'on_track'],
		[0.9, 'on_track'],
		[0.89, 'miss'],
		[0, 'miss'],
		[null, 'no_data']
	] as const)('reads %s with bands as %s', (value, verdict) => {
		expect(kpiVerdict(value, bands)).toBe(verdict);
	});

	it.each([
		[1.2, 'met'],
		[1, 'met'],
		[0.999, 'not_met'],
		[null, 'no_data']
	] as const)('reads %s without bands as %s', (value, verdict) => {
		expect(kpiVerdict(value)).toBe(verdict);
	});
});

describe('verdictLevel', () => {
	it.each([
		['miss', 0],
		['not_met', 0],
		['on_track', 1],
		['win', 2],
		['met', 2],
		['no_data', null]
	] as [Verdict, number | null][])('ranks %s as %s', (verdict, level) => {
		expect(verdictLevel(verdict)).toBe(level);
	});
});
