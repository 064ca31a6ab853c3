import { describe, expect, it } from 'vitest';
import { compareWithRows, decimalsShown, holdsTotalOf, isSumOf, withoutRow } from './total-rule';

describe('isSumOf', () => {
	it.each([
		// stated, sum, decimals shown, rows, is the sum
		[1978.66, 1978.68, 2, 42, true], // 0.02 apart, tolerance 0.005 × 42 = 0.21
		[1978.66, 1979.0, 2, 42, false],
		[304086, 304086, 0, 42, true],
		[12000, 12001, 0, 1, false], // one integer row: tolerance 0.5
		[10, 10.4, 0, 1, true]
	])('%d against %d (%d decimals, %d rows) → %s', (stated, sum, decimals, rows, expected) => {
		expect(isSumOf(stated, sum, decimals, rows)).toBe(expected);
	});
});

describe('holdsTotalOf', () => {
	const others = { count: 2, values: { impressions: 12000, clicks: 300, spend: 1234.56 } };
	const decimals = { impressions: 0, clicks: 0, spend: 2 };

	it('takes a row whose two measures or more are the sums of the others', () => {
		expect(holdsTotalOf({ impressions: 12000, clicks: 300, spend: 99 }, others, decimals)).toBe(
			true
		);
	});

	it('refuses one measure alone, and a row of zeros', () => {
		expect(holdsTotalOf({ impressions: 12000, clicks: 5, spend: 99 }, others, decimals)).toBe(
			false
		);
		const zeros = { count: 3, values: { impressions: 0, clicks: 0 } };
		expect(holdsTotalOf({ impressions: 0, clicks: 0 }, zeros, decimals)).toBe(false);
	});

	it('ignores measures the row leaves empty', () => {
		expect(
			holdsTotalOf({ impressions: 12000, clicks: null, spend: 1234.56 }, others, decimals)
		).toBe(true);
	});
});

describe('compareWithRows and withoutRow', () => {
	it('puts each stated measure beside the sum and says whether all agree', () => {
		const rows = { count: 3, values: { impressions: 100, spend: 10 } };
		expect(compareWithRows({ impressions: 100, spend: 12 }, rows, { spend: 2 })).toEqual({
			measures: { impressions: [100, 100], spend: [12, 10] },
			differing: ['spend'],
			agrees: false
		});
		// 10.01 against 10 is within the rounding of three rows shown to the cent: not named.
		expect(compareWithRows({ impressions: 90, spend: 10.01 }, rows, { spend: 2 })).toMatchObject({
			differing: ['impressions'],
			agrees: false
		});
	});

	it('takes a row out of the sums', () => {
		const sums = { count: 3, values: { impressions: 300, spend: 30 } };
		expect(withoutRow(sums, { impressions: 100, spend: null })).toEqual({
			count: 2,
			values: { impressions: 200, spend: 30 }
		});
	});
});

describe('decimalsShown', () => {
	it('counts digits after the decimal mark, whatever decorates the number', () => {
		expect(decimalsShown(['R$ 12,28', '4.960', '10,825%'], ',')).toBe(3);
		expect(decimalsShown(['1,204', '172.4', '$3.00'], '.')).toBe(2);
		expect(decimalsShown(['12', ''], '.')).toBe(0);
	});
});
