import { describe, it } from 'vitest';
import { expectInterval, REFERENCE } from './reference/reference-cases';
import { waldDifferenceInterval } from './wald';

// Reference: statsmodels confint_proportions_2indep(t, n_t, c, n_c, method='wald',
// compare='diff'), reference/cases.json.
describe('waldDifferenceInterval', () => {
	it.each(REFERENCE.proportions)(
		'matches statsmodels: $name',
		({ control, treatment, expected }) => {
			expectInterval(waldDifferenceInterval(control, treatment), expected.ci95, 'Wald');
		}
	);
});
