import { describe, expect, it } from 'vitest';
import { meanAndVariance, welchInterval } from './welch';

// Reference values from SciPy 1.10.1 (Debian python3-scipy): the difference, the interval
// d ± scipy.stats.t.ppf(0.975, df) · se with the Welch–Satterthwaite df, and
// scipy.stats.ttest_ind(a, b, equal_var=False).statistic, which equals d / se.
describe('welchInterval', () => {
	it('matches SciPy on equal variances', () => {
		const interval = welchInterval([13, 15, 14], [4, 6, 5])!;
		expect(interval.difference).toBe(9);
		expect(interval.degreesOfFreedom).toBeCloseTo(4, 10);
		expect(interval.low).toBeCloseTo(6.733042064472476, 9);
		expect(interval.high).toBeCloseTo(11.266957935527524, 9);
		expect(interval.difference / interval.standardError).toBeCloseTo(11.022703842524301, 9);
	});

	it('matches SciPy on unequal variances and sizes', () => {
		const wide = welchInterval([3, 9, 6], [4, 6, 5])!;
		expect(wide.degreesOfFreedom).toBeCloseTo(2.439024390243903, 9);
		expect(wide.low).toBeCloseTo(-5.644625330212654, 8);
		expect(wide.high).toBeCloseTo(7.644625330212654, 8);
		const uneven = welchInterval([13, 15, 14, 16], [4, 6, 5])!;
		expect(uneven.degreesOfFreedom).toBeCloseTo(4.959183673469387, 9);
		expect(uneven.low).toBeCloseTo(7.2682885185520085, 8);
		expect(uneven.high).toBeCloseTo(11.731711481447991, 8);
	});

	it('needs two values on each side', () => {
		expect(welchInterval([1], [1, 2])).toBeNull();
		expect(welchInterval([1, 2], [])).toBeNull();
	});

	it('gives the point itself when neither sample varies', () => {
		expect(welchInterval([3, 3], [1, 1])).toMatchObject({ difference: 2, low: 2, high: 2 });
	});
});

describe('meanAndVariance', () => {
	it('uses n − 1 for the variance', () => {
		expect(meanAndVariance([2, 4, 6])).toEqual([4, 4]);
	});
});
