import { describe, expect, it } from 'vitest';
import { expectInterval, expectRelative, REFERENCE } from './reference/reference-cases';
import { relativeLift } from './relative-lift';
import { rateOf, rateVariance } from './two-proportions';

// Reference: numpy, the same delta-method formula written independently in
// reference/make_reference.py (statsmodels has no relative-lift interval of this kind).
describe('relativeLift', () => {
	it.each(REFERENCE.proportions)('matches the numpy reference: $name', (c) => {
		const estimate = (p: { n: number; conversions: number }) => ({
			rate: rateOf(p),
			variance: rateVariance(p)
		});
		const lift = relativeLift(estimate(c.control), estimate(c.treatment));
		expectRelative(lift?.lift ?? null, c.expected.rel_lift, 'lift');
		expectInterval(lift && [lift.low, lift.high], c.expected.rel_lift_ci95, 'lift interval');
	});

	it('is undefined against a control rate of 0', () => {
		expect(relativeLift({ rate: 0, variance: 0 }, { rate: 0.1, variance: 0.001 })).toBeNull();
	});
});
