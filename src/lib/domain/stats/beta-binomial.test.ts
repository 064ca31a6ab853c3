import { describe, expect, it } from 'vitest';
import { compareBetaPosteriors, probabilityGreater } from './beta-binomial';
import { expectRelative, REFERENCE } from './reference/reference-cases';

// Reference: scipy.integrate.quad over scipy.stats.beta densities (Beta(1,1) priors), a
// numerical integration, against this module's exact closed-form sums; reference/cases.json.
describe('compareBetaPosteriors', () => {
	it.each(REFERENCE.proportions)(
		'matches SciPy numerical integration: $name',
		({ control, treatment, expected }) => {
			const bayes = compareBetaPosteriors(control, treatment);
			expectRelative(bayes.probabilityToBeatControl, expected.prob_beat_control, 'P(beat)');
			expectRelative(bayes.expectedLoss, expected.expected_loss, 'expected loss');
		}
	);

	it('gives the same numbers every time: nothing is sampled', () => {
		const control = { n: 145274, conversions: 17489 };
		const treatment = { n: 145310, conversions: 17264 };
		expect(compareBetaPosteriors(control, treatment)).toEqual(
			compareBetaPosteriors(control, treatment)
		);
	});

	it('reads equal counts as a coin toss', () => {
		const even = compareBetaPosteriors({ n: 200, conversions: 30 }, { n: 200, conversions: 30 });
		expect(even.probabilityToBeatControl).toBeCloseTo(0.5, 12);
	});
});

describe('probabilityGreater', () => {
	it('adds up to 1 both ways round', () => {
		const x = { alpha: 13, beta: 88 };
		const y = { alpha: 21, beta: 80 };
		expect(probabilityGreater(x, y) + probabilityGreater(y, x)).toBeCloseTo(1, 12);
	});

	it('needs a whole α for the closed form', () => {
		expect(() => probabilityGreater({ alpha: 2, beta: 3 }, { alpha: 2.5, beta: 3 })).toThrow(
			'whole α'
		);
	});
});
