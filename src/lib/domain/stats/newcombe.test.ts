import { describe, expect, it } from 'vitest';
import { newcombeDifferenceInterval, wilsonInterval } from './newcombe';
import { expectInterval, REFERENCE } from './reference/reference-cases';

// Reference: statsmodels proportion_confint(method='wilson') and
// confint_proportions_2indep(t, n_t, c, n_c, method='newcomb', compare='diff'),
// reference/cases.json.
describe('newcombeDifferenceInterval', () => {
	it.each(REFERENCE.proportions)(
		'matches statsmodels: $name',
		({ control, treatment, expected }) => {
			expectInterval(wilsonInterval(control), expected.wilson_control, 'Wilson control');
			expectInterval(wilsonInterval(treatment), expected.wilson_treatment, 'Wilson treatment');
			expectInterval(
				newcombeDifferenceInterval(control, treatment),
				expected.ci95_newcombe,
				'Newcombe'
			);
		}
	);

	it('stays inside [−1, 1] where Wald would not', () => {
		const [low, high] = newcombeDifferenceInterval(
			{ n: 3, conversions: 0 },
			{ n: 3, conversions: 3 }
		);
		expect(low).toBeGreaterThan(0);
		expect(high).toBeLessThanOrEqual(1);
	});
});
