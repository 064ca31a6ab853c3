import { describe, expect, it } from 'vitest';
import {
	BR_MARKET as br,
	MX_MARKET as mx,
	TEST_CAMPAIGN,
	US_MARKET as us
} from '../../../tests/support/test-campaign';
import type { Campaign } from './campaign';
import { applyMarkets, marketRemovalProblems } from './market-changes';

const none = { rows: 0, creators: 0, definitions: [] };

describe('taking markets out of a campaign', () => {
	it('is refused for a market with data, creators or a definition, with every reason', () => {
		expect(
			marketRemovalProblems([us, br, mx], [us], {
				BR: { rows: 12345, creators: 0, definitions: [] },
				MX: { rows: 0, creators: 3, definitions: ['latam-partner', 'mx-team'] }
			})
		).toEqual([
			{ code: 'problem_market_has_data', params: { market: 'BR', rows: 12345 } },
			{ code: 'problem_market_has_creators', params: { market: 'MX', count: 3 } },
			{
				code: 'problem_market_in_definitions',
				params: { market: 'MX', definitions: 'latam-partner, mx-team', count: 2 }
			}
		]);
	});

	it('is allowed for a market nothing refers to, taking its budget and actual dates along', () => {
		const campaign: Campaign = {
			...TEST_CAMPAIGN,
			markets: [us, mx],
			budgets: { US: 100, MX: 200 },
			actualPhases: { MX: [{ phaseId: 'live', start: '2026-11-09' }] }
		};
		expect(marketRemovalProblems(campaign.markets, [us], { MX: none })).toEqual([]);
		expect(applyMarkets(campaign, [us])).toEqual({
			...campaign,
			markets: [us],
			budgets: { US: 100 },
			actualPhases: {}
		});
	});
});
