import { describe, expect, it } from 'vitest';
import { daysToSampleSize, sampleSizeForEffect } from './power';
import { expectRelative, REFERENCE } from './reference/reference-cases';

// Reference: statsmodels.stats.proportion.samplesize_proportions_2indep_onetail(diff, prop2,
// power, ratio, alpha, alternative='two-sided'), nobs1 = treatment units and
// nobs2 = ratio · nobs1 = control units; reference/cases.json.
describe('sampleSizeForEffect', () => {
	it.each(REFERENCE.power)(
		'matches statsmodels: baseline $baseline, effect $effect, power $power, ratio $ratio',
		(c) => {
			const needed = sampleSizeForEffect(c);
			expectRelative(needed.treatment, c.expected.treatment, 'treatment units');
			expectRelative(needed.control, c.expected.control, 'control units');
		}
	);

	it('refuses an effect of 0 and rates outside (0, 1)', () => {
		expect(() => sampleSizeForEffect({ baseline: 0.1, effect: 0 })).toThrow('infinite units');
		expect(() => sampleSizeForEffect({ baseline: 0.95, effect: 0.1 })).toThrow('strictly between');
	});
});

describe('daysToSampleSize', () => {
	const needed = { control: 14751, treatment: 14751 };

	it('counts whole days for the slowest variant at its own traffic', () => {
		expect(
			daysToSampleSize(
				needed,
				{ control: 10000, treatment: 9500 },
				{ control: 1000, treatment: 900 }
			)
		).toBe(6);
	});

	it('is 0 once every variant has its units, and null when a short variant gets no traffic', () => {
		expect(
			daysToSampleSize(needed, { control: 15000, treatment: 16000 }, { control: 0, treatment: 0 })
		).toBe(0);
		expect(
			daysToSampleSize(needed, { control: 15000, treatment: 100 }, { control: 10, treatment: 0 })
		).toBeNull();
	});
});
