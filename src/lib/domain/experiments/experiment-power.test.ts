import { describe, expect, it } from 'vitest';
import { sampleSizeForEffect } from '../stats/power';
import type { GroupComparison } from '../stats/split-summary';
import { marketPower } from './experiment-power';

/** A market's comparison with the given rates, denominators and variance of the difference. */
function comparison(
	rates: [number, number],
	denominators: [number, number],
	diffVariance: number
): GroupComparison {
	const reading = (i: 0 | 1) => ({
		name: i === 0 ? 'A' : 'B',
		n: 100,
		conversions: rates[i] * denominators[i],
		denominator: denominators[i],
		rate: rates[i]
	});
	return {
		group: 'MX',
		variants: [reading(0), reading(1)],
		diff: rates[1] - rates[0],
		diffVariance,
		ci95: [0, 0],
		ci95Newcombe: null,
		relLift: null,
		relLiftCi95: null,
		z: null,
		p: null,
		pAdjusted: null,
		probBeatControl: 0.5,
		expectedLoss: 0,
		srm: { chi2: 0, p: 1, mismatch: false }
	};
}

const binomial = (p: number, n: number) => (p * (1 - p)) / n;

describe('the sample a market needs', () => {
	it('is the two-proportion sample size when rows vary as independent trials would', () => {
		const variance = binomial(0.01, 1e6) + binomial(0.011, 1e6);
		const power = marketPower(comparison([0.01, 0.011], [1e6, 1e6], variance), [50, 50], 0.1, {
			control: 1e5,
			treatment: 1e5
		});
		const trials = sampleSizeForEffect({ baseline: 0.01, effect: 0.001 });
		expect(power.effect).toBeCloseTo(0.001, 15);
		expect(power.designEffect).toBeCloseTo(1, 12);
		expect(power.needed!.control).toBeCloseTo(trials.control, 6);
		// 1M each already, about 163k needed: reached.
		expect(power.daysLeft).toBe(0);
	});

	it('grows with the spread between rows and counts the days at the recent traffic', () => {
		const variance = 40 * (binomial(0.01, 1e5) + binomial(0.011, 1e5));
		const power = marketPower(comparison([0.01, 0.011], [1e5, 1e5], variance), [50, 50], 0.1, {
			control: 2e5,
			treatment: 1e5
		});
		const trials = sampleSizeForEffect({ baseline: 0.01, effect: 0.001 });
		expect(power.designEffect).toBeCloseTo(40, 10);
		expect(power.needed!.treatment).toBeCloseTo(40 * trials.treatment, 4);
		// The treatment, at 100k a day, is the slower of the two.
		expect(power.daysLeft).toBe(Math.ceil((40 * trials.treatment - 1e5) / 1e5));
	});

	it('sizes an unequal plan with more control than treatment', () => {
		const variance = binomial(0.02, 1e4) + binomial(0.02, 1e4);
		const power = marketPower(comparison([0.02, 0.02], [1e4, 1e4], variance), [60, 40], 0.2, {
			control: 0,
			treatment: 0
		});
		expect(power.needed!.control / power.needed!.treatment).toBeCloseTo(1.5, 12);
		expect(power.daysLeft).toBeNull();
	});

	it('says why it cannot be sized', () => {
		const daily = { control: 1, treatment: 1 };
		expect(marketPower(comparison([1.2, 1.3], [100, 100], 0.01), [50, 50], 0.05, daily).gap).toBe(
			'rate_out_of_range'
		);
		expect(marketPower(comparison([0.1, 0.1], [100, 100], 0), [50, 50], 0.05, daily)).toMatchObject(
			{ gap: 'no_spread', needed: null, daysLeft: null }
		);
	});
});
