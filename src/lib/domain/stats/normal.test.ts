import { describe, expect, it } from 'vitest';
import { criticalValue, normalInterval, twoSidedP } from './normal';
import { expectRelative, REFERENCE } from './reference/reference-cases';

// Reference: scipy.stats.norm (2·sf(|z|) and isf((1 − level)/2)), reference/cases.json.
const { normal, critical } = REFERENCE.distributions;

describe('twoSidedP', () => {
	it.each(normal)('matches SciPy at z = $z', ({ z, two_sided_p }) => {
		expectRelative(twoSidedP(z), two_sided_p, `p at ${z}`);
	});

	it('keeps the digits of p-values far below machine epsilon', () => {
		expect(twoSidedP(-9.5)).toBeGreaterThan(0);
		expect(twoSidedP(9.5)).toBe(twoSidedP(-9.5));
	});
});

describe('criticalValue', () => {
	it.each(critical)('matches SciPy at level $level', ({ level, z }) => {
		expectRelative(criticalValue(level), z, `z at ${level}`);
	});

	it('centres the interval on the estimate', () => {
		const [low, high] = normalInterval(0.1, 0.01, 0.95);
		expectRelative(high - 0.1, 0.1 - low, 'symmetric margins');
		expectRelative(high - low, 2 * 0.01 * critical[1]!.z, 'width');
	});
});
