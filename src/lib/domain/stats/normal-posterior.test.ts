import { describe, expect, it } from 'vitest';
import { compareNormalPosterior } from './normal-posterior';
import { expectRelative, REFERENCE } from './reference/reference-cases';

// Reference: scipy.stats.norm, P = cdf(d/se) and loss = se·pdf(d/se) − d·cdf(−d/se) (the same
// closed form), reference/cases.json.
describe('compareNormalPosterior', () => {
	it.each(REFERENCE.distributions.normal_posterior)('matches SciPy at diff $diff, se $se', (c) => {
		const reading = compareNormalPosterior(c.diff, c.se);
		expectRelative(reading.probabilityToBeatControl, c.prob_beat_control, 'P(beat)');
		expectRelative(reading.expectedLoss, c.expected_loss, 'expected loss');
	});

	it('reads a difference with no spread as certain', () => {
		expect(compareNormalPosterior(-0.01, 0)).toEqual({
			probabilityToBeatControl: 0,
			expectedLoss: 0.01
		});
	});
});
