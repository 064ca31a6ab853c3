import { describe, expect, it } from 'vitest';
import { observedEffect, type EffectRequest, type MarketDay } from './observed-effect';

/**
 * A hand-computed fixture: BR is the decision's market, US and MX the comparison. The
 * comparison's mean is 6 before and 7 after the 15th; BR − comparison is 4, 6, 5 before
 * (mean 5) and 13, 15, 14 after (mean 14), so the difference-in-differences is 14 − 5 = 9.
 * Its Welch interval (SciPy 1.10.1, see welch.test.ts) is 6.733 to 11.267 on 4 df.
 */
function day(date: string, br: number | null, us: number, mx: number): MarketDay[] {
	return [
		{ date, market: 'BR', value: br },
		{ date, market: 'US', value: us },
		{ date, market: 'MX', value: mx }
	];
}

const BEFORE = [
	...day('2026-11-12', 10, 5, 7),
	...day('2026-11-13', 12, 6, 6),
	...day('2026-11-14', 11, 5, 7)
];
const AFTER_UP = [
	...day('2026-11-15', 20, 6, 8),
	...day('2026-11-16', 22, 7, 7),
	...day('2026-11-17', 21, 6, 8)
];
// BR − comparison after: 3, 9, 6 (mean 6): DiD 1, interval −5.64 to 7.64 — spans zero.
const AFTER_NOISY = [
	...day('2026-11-15', 10, 6, 8),
	...day('2026-11-16', 16, 7, 7),
	...day('2026-11-17', 13, 6, 8)
];

const REQUEST: EffectRequest = {
	scopeMarkets: ['BR'],
	markets: ['US', 'MX', 'BR'],
	start: '2026-11-15',
	days: 3,
	direction: 'up',
	lastDay: '2026-11-22'
};

describe('observedEffect', () => {
	it('is the hand-computed difference-in-differences with its Welch interval', () => {
		const effect = observedEffect([...BEFORE, ...AFTER_UP], REQUEST);
		expect(effect).toMatchObject({
			status: 'measured',
			verdict: 'as_expected',
			scopeMarkets: ['BR'],
			comparisonMarkets: ['US', 'MX'],
			before: { from: '2026-11-12', to: '2026-11-14', days: 3, meanDifference: 5 },
			after: { from: '2026-11-15', to: '2026-11-17', days: 3, meanDifference: 14 }
		});
		if (effect.status !== 'measured') throw new Error('not measured');
		expect(effect.estimate).toBe(9);
		expect(effect.low).toBeCloseTo(6.733042064472476, 9);
		expect(effect.high).toBeCloseTo(11.266957935527524, 9);
	});

	it('reads the same rise as the opposite of an expected fall', () => {
		const effect = observedEffect([...BEFORE, ...AFTER_UP], { ...REQUEST, direction: 'down' });
		expect(effect).toMatchObject({ status: 'measured', verdict: 'opposite' });
	});

	it('is inconclusive when the interval spans zero', () => {
		const effect = observedEffect([...BEFORE, ...AFTER_NOISY], REQUEST);
		expect(effect).toMatchObject({ status: 'measured', verdict: 'inconclusive', estimate: 1 });
		if (effect.status !== 'measured') throw new Error('not measured');
		expect(effect.low).toBeCloseTo(-5.644625330212654, 8);
		expect(effect.high).toBeCloseTo(7.644625330212654, 8);
	});

	it('leaves out a day on which a market has no value, and days outside the windows', () => {
		const gap = [...day('2026-11-16', null, 7, 7)];
		const series = [
			...day('2026-11-08', 99, 1, 1),
			...BEFORE,
			...AFTER_UP.filter((row) => row.date !== '2026-11-16'),
			...gap,
			...day('2026-11-18', 99, 1, 1)
		];
		const effect = observedEffect(series, REQUEST);
		// After: 13 and 14 only (mean 13.5); before as in the fixture (mean 5).
		expect(effect).toMatchObject({ after: { days: 2, meanDifference: 13.5 } });
		if (effect.status !== 'measured') throw new Error('not measured');
		expect(effect.estimate).toBe(8.5);
	});

	it('stops the after window at the last day of data', () => {
		const effect = observedEffect([...BEFORE, ...AFTER_UP], {
			...REQUEST,
			days: 3,
			lastDay: '2026-11-16'
		});
		expect(effect).toMatchObject({ after: { to: '2026-11-16', days: 2 } });
	});

	it('says why it cannot measure', () => {
		const series = [...BEFORE, ...AFTER_UP];
		const reason = (request: Partial<EffectRequest>) => {
			const effect = observedEffect(series, { ...REQUEST, ...request });
			return effect.status === 'not_measurable' ? effect.reason : null;
		};
		expect(reason({ scopeMarkets: ['US', 'MX', 'BR'] })).toMatch(/every market/);
		expect(reason({ scopeMarkets: [] })).toMatch(/every market/);
		expect(reason({ scopeMarkets: ['AR'] })).toMatch(/no market of this campaign/);
		expect(reason({ lastDay: '2026-11-15' })).toMatch(/found 3 before and 1 after/);
		expect(reason({ start: '2026-11-23' })).toMatch(/after the last day/);
	});

	it('gives the reason as a code too, with the days it found on each side', () => {
		const series = [...BEFORE, ...AFTER_UP];
		const why = (request: Partial<EffectRequest>) => {
			const effect = observedEffect(series, { ...REQUEST, ...request });
			return effect.status === 'not_measurable'
				? [effect.reasonCode, effect.before.days, effect.after.days]
				: null;
		};
		expect(why({ scopeMarkets: ['AR'] })?.[0]).toBe('no_market');
		expect(why({ scopeMarkets: ['US', 'MX', 'BR'] })?.[0]).toBe('every_market');
		expect(why({ start: '2026-11-23' })?.[0]).toBe('after_last_day');
		expect(why({ lastDay: '2026-11-15' })).toEqual(['too_few_days', 3, 1]);
		expect(why({})).toBeNull();
	});
});
