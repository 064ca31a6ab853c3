import { describe, expect, it } from 'vitest';
import { adjustBenjaminiHochberg } from './benjamini-hochberg';
import { expectRelative, REFERENCE } from './reference/reference-cases';

// Reference: statsmodels.stats.multitest.multipletests(p, method='fdr_bh')[1],
// reference/cases.json.
describe('adjustBenjaminiHochberg', () => {
	it.each(REFERENCE.benjamini_hochberg)('matches statsmodels for $p', ({ p, expected }) => {
		const adjusted = adjustBenjaminiHochberg(p);
		expected.forEach((value, i) => expectRelative(adjusted[i], value, `p[${i}]`));
	});

	it('leaves tests that could not run out of the family', () => {
		expect(adjustBenjaminiHochberg([0.01, null, 0.04])).toEqual([0.02, null, 0.04]);
	});

	it('refuses a value that is not a p-value', () => {
		expect(() => adjustBenjaminiHochberg([0.2, 1.5])).toThrow('not a p-value: 1.5');
	});
});
