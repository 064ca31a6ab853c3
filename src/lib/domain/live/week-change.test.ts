import { describe, expect, it } from 'vitest';
import { changeOverWeek } from './week-change';

describe('changeOverWeek', () => {
	it('holds a rate against its value over the seven days as one range', () => {
		// CTR 1.2% today against 1.0% over the week (a ratio of sums): +20%.
		expect(changeOverWeek(0.012, { value: 0.01, days: 7 }, false)).toBeCloseTo(0.2, 12);
	});

	it('holds a total against the mean of the days that had data', () => {
		// 7,000 impressions over the 7 days: 1,000 a day; today 1,500 is +50%.
		expect(changeOverWeek(1500, { value: 7000, days: 7 }, true)).toBeCloseTo(0.5, 12);
		// A market with three days of data: 3,000 over 3 days, still 1,000 a day.
		expect(changeOverWeek(1500, { value: 3000, days: 3 }, true)).toBeCloseTo(0.5, 12);
	});

	it('says how far a fall went, whatever the sign of the week before', () => {
		expect(changeOverWeek(0, { value: 7000, days: 7 }, true)).toBe(-1);
		expect(changeOverWeek(-2, { value: -1, days: 7 }, false)).toBe(-1);
	});

	it('gives no change without both values or from a week of zero', () => {
		expect(changeOverWeek(null, { value: 1, days: 7 }, false)).toBeNull();
		expect(changeOverWeek(1, { value: null, days: 0 }, false)).toBeNull();
		expect(changeOverWeek(1, { value: 0, days: 7 }, false)).toBeNull();
		expect(changeOverWeek(1, { value: 5, days: 0 }, true)).toBeNull();
	});
});
