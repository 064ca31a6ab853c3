import { describe, expect, it } from 'vitest';
import { checkSimpsonParadox } from './simpson';

describe('checkSimpsonParadox', () => {
	it.each([
		{
			name: 'every market up, summed counts down',
			input: {
				pooled: -0.3,
				combined: 0.028,
				markets: [
					{ estimate: 0.02, traffic: 1100 },
					{ estimate: 0.05, traffic: 1100 }
				]
			},
			expected: { warning: true, reasons: ['combined', 'traffic'] }
		},
		{
			name: 'the big market disagrees with the pooled sign, the combined estimate does not',
			input: {
				pooled: 0.01,
				combined: 0.004,
				markets: [
					{ estimate: -0.002, traffic: 9000 },
					{ estimate: 0.03, traffic: 1000 }
				]
			},
			expected: { warning: true, reasons: ['traffic'] }
		},
		{
			name: 'markets agree with the pooled effect',
			input: {
				pooled: 0.03,
				combined: 0.026,
				markets: [
					{ estimate: 0.02, traffic: 2000 },
					{ estimate: 0.04, traffic: 2000 }
				]
			},
			expected: { warning: false, reasons: [] }
		},
		{
			name: 'a small market points the other way',
			input: {
				pooled: 0.03,
				combined: 0.029,
				markets: [
					{ estimate: 0.031, traffic: 9000 },
					{ estimate: -0.01, traffic: 1000 }
				]
			},
			expected: { warning: false, reasons: [] }
		},
		{
			name: 'a pooled effect of exactly 0 reverses nothing',
			input: {
				pooled: 0,
				combined: 0.01,
				markets: [
					{ estimate: 0.01, traffic: 10 },
					{ estimate: -0.01, traffic: 10 }
				]
			},
			expected: { warning: false, reasons: [] }
		},
		{
			name: 'a single market is its own pooled row',
			input: { pooled: 0.01, combined: -0.01, markets: [{ estimate: -0.01, traffic: 10 }] },
			expected: { warning: false, reasons: [] }
		}
	])('$name', ({ input, expected }) => {
		expect(checkSimpsonParadox(input)).toEqual(expected);
	});
});
