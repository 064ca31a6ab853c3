import betaln from '@stdlib/math-base-special-betaln';
import type { Proportion } from './two-proportions';

/** A Beta(α, β) posterior; α must be a whole number for the closed forms below. */
export interface Beta {
	alpha: number;
	beta: number;
}

/** The Bayesian reading of a test under Beta(1, 1) priors on both rates. */
export interface BayesianComparison {
	/** P(treatment rate > control rate). */
	probabilityToBeatControl: number;
	/** E[max(control rate − treatment rate, 0)]: what choosing the treatment costs when it is worse. */
	expectedLoss: number;
}

/**
 * Probability that the treatment beats the control and the expected loss of choosing it,
 * from the Beta(1 + conversions, 1 + n − conversions) posteriors. Both come from exact sums
 * over whole-number parameters (no sampling, so the same counts always give the same
 * numbers) and stay accurate with hundreds of thousands of units.
 */
export function compareBetaPosteriors(
	control: Proportion,
	treatment: Proportion
): BayesianComparison {
	const c = posterior(control);
	const t = posterior(treatment);
	const meanC = c.alpha / (c.alpha + c.beta);
	const meanT = t.alpha / (t.alpha + t.beta);
	const shifted = (b: Beta): Beta => ({ alpha: b.alpha + 1, beta: b.beta });
	// E[c·1(c > t)] − E[t·1(c > t)], each a mean times a probability under a shifted Beta.
	const loss =
		meanC * probabilityGreater(t, shifted(c)) - meanT * probabilityGreater(shifted(t), c);
	return {
		probabilityToBeatControl: probabilityGreater(c, t),
		expectedLoss: Math.max(0, loss)
	};
}

function posterior({ n, conversions }: Proportion): Beta {
	if (!Number.isInteger(n) || !Number.isInteger(conversions))
		throw new Error(`Beta-binomial counts must be whole numbers, not ${conversions}/${n}`);
	return { alpha: 1 + conversions, beta: 1 + n - conversions };
}

/**
 * P(Y > X) for independent X ~ Beta(a, b) and Y ~ Beta(c, d) with whole-number c:
 * Σ_{i<c} B(a+i, b+d) / ((d+i)·B(1+i, d)·B(a, b)). The terms are summed from their
 * logarithms with a running maximum, since each alone may underflow.
 */
export function probabilityGreater(x: Beta, y: Beta): number {
	const { alpha: a, beta: b } = x;
	const { alpha: c, beta: d } = y;
	if (!Number.isInteger(c) || c < 1) throw new Error(`the closed form needs a whole α, not ${c}`);
	const base = betaln(a, b);
	let largest = -Infinity;
	let scaled = 0;
	for (let i = 0; i < c; i++) {
		const term = betaln(a + i, b + d) - Math.log(d + i) - betaln(1 + i, d) - base;
		if (term > largest) {
			scaled = scaled * Math.exp(largest - term) + 1;
			largest = term;
		} else {
			scaled += Math.exp(term - largest);
		}
	}
	return Math.min(1, scaled * Math.exp(largest));
}
