import { describe, expect, it } from 'vitest';
import { chiSquareSurvival } from './chi-square';
import { expectRelative, REFERENCE } from './reference/reference-cases';

// Reference: scipy.stats.chi2.sf, reference/cases.json.
describe('chiSquareSurvival', () => {
	it.each(REFERENCE.distributions.chi_square)('matches SciPy at x = $x, df = $df', (c) => {
		expectRelative(chiSquareSurvival(c.x, c.df), c.sf, `sf(${c.x}, ${c.df})`);
	});

	it('is 1 at zero and refuses zero degrees of freedom', () => {
		expect(chiSquareSurvival(0, 3)).toBe(1);
		expect(() => chiSquareSurvival(1, 0)).toThrow('positive degrees of freedom');
	});
});
