import { describe, expect, it } from 'vitest';
import { median, medianAbsoluteDeviation, noiseThreshold, robustZ } from './robust-scale';

describe('median and MAD', () => {
	it('takes the middle value, or the mean of the two middle ones', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});

	it('measures the spread around the median, untouched by one wild value', () => {
		// Deviations from 3: 2, 1, 0, 1, 997 → median 1.
		expect(medianAbsoluteDeviation([1, 2, 3, 4, 1000], 3)).toBe(1);
	});
});

describe('robustZ', () => {
	it('is 0.6745 · (x − median) / MAD', () => {
		// History 10, 12, 14, 16, 18: median 14, MAD 2.
		expect(robustZ(24, [10, 12, 14, 16, 18])).toEqual({ z: (0.6745 * 10) / 2, median: 14 });
		expect(robustZ(4, [10, 12, 14, 16, 18])!.z).toBeCloseTo(-3.3725, 10);
	});

	it('falls back to the mean absolute deviation when more than half the history is one value', () => {
		// Median 5, MAD 0; mean absolute deviation (0 + 0 + 0 + 3 + 5) / 5 = 1.6.
		const scored = robustZ(9, [5, 5, 5, 8, 0])!;
		expect(scored.median).toBe(5);
		expect(scored.z).toBeCloseTo(4 / (1.253314 * 1.6), 10);
	});

	it('scores nothing against a history with no spread at all, or no history', () => {
		expect(robustZ(9, [5, 5, 5])).toBeNull();
		expect(robustZ(9, [])).toBeNull();
	});
});

describe('noiseThreshold', () => {
	// Student's t quantiles at 0.9995 from SciPy 1.10.1: scipy.stats.t.ppf(0.9995, 0.37 * (n - 1)).
	it('is the t quantile at 1 − rate/2 on the MAD’s effective degrees of freedom', () => {
		expect(noiseThreshold(14, 0.001)).toBeCloseTo(7.11147, 4);
		expect(noiseThreshold(56, 0.001)).toBeCloseTo(3.83855, 4);
	});

	it('grows without bound as the history shrinks', () => {
		expect(noiseThreshold(7, 0.001)).toBeGreaterThan(noiseThreshold(14, 0.001));
		expect(noiseThreshold(1, 0.001)).toBe(Number.POSITIVE_INFINITY);
	});
});
