import { describe, expect, it } from 'vitest';
import { dayTargets } from './day-targets';

const kpi = (
	metric: string,
	target: number,
	window: 'day' | 'to_date' = 'day',
	unit: 'count' | 'percent' | 'currency' | 'ratio' = 'percent'
) => ({ metric, window, unit, target });

const CARDS = [
	{
		market: 'US',
		metrics: [kpi('ctr', 0.012), kpi('ctr', 0.02), kpi('cpm', 9, 'day', 'currency')]
	},
	{
		market: 'MX',
		metrics: [kpi('ctr', 0.015, 'to_date'), kpi('impressions', 5000, 'day', 'count')]
	},
	{ market: 'BR', metrics: [kpi('ctr', 0.018)] }
];

describe('dayTargets', () => {
	it.each([
		{
			case: "each shown market's first day target for the metric",
			shown: ['US', 'BR'],
			metric: 'ctr',
			expected: [
				{ market: 'US', target: 0.012 },
				{ market: 'BR', target: 0.018 }
			]
		},
		{ case: 'none for markets not shown', shown: ['BR'], metric: 'cpm', expected: [] },
		{
			case: 'a money target',
			shown: ['US', 'MX'],
			metric: 'cpm',
			expected: [{ market: 'US', target: 9 }]
		},
		{ case: 'none for a target to date', shown: ['MX'], metric: 'ctr', expected: [] },
		{ case: 'none for a count target', shown: ['MX'], metric: 'impressions', expected: [] }
	])('$case', ({ shown, metric, expected }) => {
		expect(dayTargets(CARDS, shown, metric)).toEqual(expected);
	});
});
