import { describe, expect, it } from 'vitest';
import { combineEffects } from './heterogeneity';
import { expectInterval, expectRelative, REFERENCE } from './reference/reference-cases';

// Reference: statsmodels.stats.meta_analysis.combine_effects, fixed-effect results
// (mean_effect_fe, sd_eff_w_fe, conf_int(use_t=False)), q, test_homogeneity().pvalue and
// i2 floored at 0; reference/cases.json.
describe('combineEffects', () => {
	it.each(REFERENCE.heterogeneity)('matches statsmodels for $effects', (c) => {
		const combined = combineEffects(
			c.effects.map((estimate, i) => ({ estimate, variance: c.variances[i]! }))
		);
		expectRelative(combined.estimate, c.expected.estimate, 'estimate');
		expectRelative(combined.standardError, c.expected.se, 'se');
		expectInterval(combined.interval, c.expected.ci95, 'interval');
		expectRelative(combined.q, c.expected.q, 'Q');
		expectRelative(combined.p, c.expected.p, 'p');
		expectRelative(combined.i2, c.expected.i2, 'I²');
		expect(combined.df).toBe(c.effects.length - 1);
	});

	it('has no heterogeneity test with a single market', () => {
		const single = combineEffects([{ estimate: 0.02, variance: 1e-4 }]);
		expect(single).toMatchObject({ estimate: 0.02, q: 0, df: 0, p: null, i2: null });
	});

	it('refuses an effect without variance, which no weight can describe', () => {
		expect(() => combineEffects([{ estimate: 0, variance: 0 }])).toThrow(
			'positive finite variance'
		);
	});
});
