import { describe, expect, it } from 'vitest';
import { expectRelative, REFERENCE } from './reference/reference-cases';
import { sampleRatioMismatch, SRM_THRESHOLD } from './srm';

// Reference: scipy.stats.chisquare(observed, expected from the planned split),
// reference/cases.json.
describe('sampleRatioMismatch', () => {
	it.each(REFERENCE.srm)('matches SciPy for $observed planned $planned', (c) => {
		const check = sampleRatioMismatch(c.observed, c.planned);
		expectRelative(check.chi2, c.expected.chi2, 'chi2');
		expectRelative(check.p, c.expected.p, 'p');
		expect(check.mismatch).toBe(c.expected.mismatch);
	});

	it('flags at p < 0.001 and plans an equal split unless told', () => {
		expect(SRM_THRESHOLD).toBe(0.001);
		expect(sampleRatioMismatch([5000, 5000])).toEqual({ chi2: 0, p: 1, mismatch: false });
		expect(sampleRatioMismatch([5300, 4700]).mismatch).toBe(true);
		expect(sampleRatioMismatch([5300, 4700], [53, 47]).mismatch).toBe(false);
	});

	it('refuses a plan that does not fit the variants', () => {
		expect(() => sampleRatioMismatch([10, 10], [1, 1, 1])).toThrow('3 parts for 2 variants');
		expect(() => sampleRatioMismatch([10, 10], [1, 0])).toThrow('must be positive');
	});
});
