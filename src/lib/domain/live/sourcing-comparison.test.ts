import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSourcing, type CreatorEngagement } from './sourcing-comparison';

/**
 * Reference values from tests/reference/sourcing-comparison.py: Debian's Python 3 with SciPy
 * 1.10.1 reads the sample campaign's raw CSVs, takes each creator's engagements per
 * impression up to 2026-11-22, and computes Welch's 95% t-interval for mean(existing network)
 * − mean(cold outreach) per market (scipy.stats.t.ppf on the Welch–Satterthwaite df).
 */
interface Reference {
	markets: {
		market: string;
		creators: {
			creator_id: string;
			sourcing: 'existing_network' | 'cold_outreach';
			engagements: number;
			impressions: number;
		}[];
		network: { n: number; mean: number };
		cold: { n: number; mean: number };
		difference: number;
		degrees_of_freedom: number;
		low: number;
		high: number;
	}[];
}

const reference: Reference = JSON.parse(
	fs.readFileSync(
		path.resolve(import.meta.dirname, '../../../../tests/reference/sourcing-comparison.json'),
		'utf8'
	)
);

describe('compareSourcing', () => {
	it('matches SciPy’s Welch interval on the sample campaign’s creators, market by market', () => {
		const creators = reference.markets.flatMap((m) =>
			m.creators.map((c) => ({ id: c.creator_id, sourcing: c.sourcing }))
		);
		const engagement: CreatorEngagement[] = reference.markets.flatMap((m) =>
			m.creators.map((c) => ({
				creatorId: c.creator_id,
				market: m.market,
				engagements: c.engagements,
				impressions: c.impressions
			}))
		);
		const compared = compareSourcing(
			creators,
			engagement,
			reference.markets.map((m) => m.market)
		);
		for (const [i, expected] of reference.markets.entries()) {
			const actual = compared[i]!;
			expect(actual.market).toBe(expected.market);
			expect(actual.network.creators).toHaveLength(expected.network.n);
			expect(actual.cold.creators).toHaveLength(expected.cold.n);
			expect(actual.network.mean).toBeCloseTo(expected.network.mean, 12);
			expect(actual.cold.mean).toBeCloseTo(expected.cold.mean, 12);
			expect(actual.difference!.difference).toBeCloseTo(expected.difference, 12);
			expect(actual.difference!.degreesOfFreedom).toBeCloseTo(expected.degrees_of_freedom, 9);
			expect(actual.difference!.low).toBeCloseTo(expected.low, 9);
			expect(actual.difference!.high).toBeCloseTo(expected.high, 9);
		}
		// data/README.md: Mexico's existing-network creators engage 30.0% more, on six a side.
		const mx = compared.find((c) => c.market === 'MX')!;
		expect(mx.relativeDifference).toBeCloseTo(0.3, 3);
	});

	it('counts each creator once, whatever its impressions, and sets aside unknown channels', () => {
		const compared = compareSourcing(
			[
				{ id: 'a', sourcing: 'existing_network' },
				{ id: 'b', sourcing: 'existing_network' },
				{ id: 'c', sourcing: 'cold_outreach' },
				{ id: 'd', sourcing: 'cold_outreach' },
				{ id: 'e', sourcing: null }
			],
			[
				{ creatorId: 'a', market: 'BR', engagements: 50, impressions: 1000 },
				{ creatorId: 'b', market: 'BR', engagements: 3000, impressions: 100_000 },
				{ creatorId: 'c', market: 'BR', engagements: 20, impressions: 1000 },
				{ creatorId: 'd', market: 'BR', engagements: 40, impressions: 1000 },
				{ creatorId: 'e', market: 'BR', engagements: 1, impressions: 10 },
				{ creatorId: 'x', market: 'BR', engagements: 1, impressions: 10 },
				{ creatorId: 'a', market: 'MX', engagements: 0, impressions: 0 }
			],
			['BR', 'MX']
		);
		const [br, mx] = compared;
		// Network rates 5% and 3% (mean 4%), cold 2% and 4% (mean 3%).
		expect(br!.network.mean).toBeCloseTo(0.04, 12);
		expect(br!.cold.mean).toBeCloseTo(0.03, 12);
		expect(br!.difference!.difference).toBeCloseTo(0.01, 12);
		expect(br!.relativeDifference).toBeCloseTo(1 / 3, 12);
		expect(br!.unknownChannel).toBe(2);
		// No creator in Mexico has impressions: nothing to compare.
		expect(mx).toMatchObject({
			network: { creators: [], mean: null },
			cold: { creators: [], mean: null },
			difference: null,
			relativeDifference: null
		});
	});
});
