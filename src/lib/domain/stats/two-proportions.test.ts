import { describe, expect, it } from 'vitest';
import { expectRelative, REFERENCE } from './reference/reference-cases';
import { rateOf, rateVariance, twoProportionZTest } from './two-proportions';

// Reference: statsmodels.stats.proportion.proportions_ztest([t, c], [n_t, n_c],
// prop_var=False), the pooled-variance z-test, reference/cases.json.
describe('twoProportionZTest', () => {
	it.each(REFERENCE.proportions)(
		'matches statsmodels: $name',
		({ control, treatment, expected }) => {
			const test = twoProportionZTest(control, treatment);
			expectRelative(test.diff, expected.diff, 'diff');
			expectRelative(test.z, expected.z, 'z');
			expectRelative(test.p, expected.p, 'p');
		}
	);

	it('has nothing to say when no unit of either variant converts', () => {
		expect(twoProportionZTest({ n: 10, conversions: 0 }, { n: 12, conversions: 0 })).toEqual({
			diff: 0,
			standardError: 0,
			z: null,
			p: null
		});
	});
});

describe('rateOf', () => {
	it('refuses a variant without units or with more conversions than units', () => {
		expect(() => rateOf({ n: 0, conversions: 0 })).toThrow('at least one unit');
		expect(() => rateOf({ n: 5, conversions: 6 })).toThrow('between 0 and n');
	});

	it('gives the binomial variance of the rate', () => {
		expect(rateVariance({ n: 100, conversions: 20 })).toBeCloseTo(0.0016, 15);
	});
});
