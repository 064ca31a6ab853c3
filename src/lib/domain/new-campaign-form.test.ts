import { describe, expect, it } from 'vitest';
import type { MarketRow } from './market-rows';
import { readNewCampaign, suggestCampaignId } from './new-campaign-form';

const us: MarketRow = {
	code: 'US',
	name: 'United States',
	currency: 'USD',
	timeZone: 'America/New_York',
	locale: 'en-US'
};
const br: MarketRow = {
	code: 'BR',
	name: 'Brazil',
	currency: 'BRL',
	timeZone: 'America/Sao_Paulo',
	locale: 'pt-BR'
};

describe('the new-campaign form', () => {
	it('makes a campaign from scratch with its markets and dates', () => {
		const result = readNewCampaign(
			{
				from: 'scratch',
				id: 'launch-us-br',
				name: 'Launch US + BR',
				reportingCurrency: 'usd',
				start: '2026-05-01',
				end: '2026-05-31'
			},
			[us, br]
		);
		expect(result).toEqual({
			ok: true,
			value: {
				from: 'scratch',
				campaign: {
					id: 'launch-us-br',
					name: 'Launch US + BR',
					reportingCurrency: 'USD',
					markets: [us, br],
					budgets: {},
					phases: [],
					start: '2026-05-01',
					end: '2026-05-31'
				}
			}
		});
	});

	it('refuses every bad field at once, the markets’ cells included', () => {
		const result = readNewCampaign(
			{
				from: 'scratch',
				id: 'Launch US',
				name: '',
				reportingCurrency: 'dollars',
				start: '2026-05-31',
				end: '2026-05-01'
			},
			[{ ...br, timeZone: 'Brasilia' }]
		);
		expect(result).toEqual({
			ok: false,
			errors: {
				id: { code: 'problem_campaign_id_shape' },
				name: { code: 'problem_name_missing', params: { minimum: 1 } },
				reportingCurrency: { code: 'problem_currency_code' },
				end: { code: 'problem_campaign_ends_before_start' },
				'market.0.timeZone': { code: 'problem_time_zone_unknown', params: { value: 'Brasilia' } }
			}
		});
	});

	it('keeps the id new for the page that creates campaigns', () => {
		const result = readNewCampaign(
			{ from: 'copy', id: 'new', name: 'Copy', copyFrom: 'sample' },
			[]
		);
		expect(result).toEqual({
			ok: false,
			errors: { id: { code: 'problem_campaign_id_reserved' } }
		});
	});

	it('from a copy reads only the id, the name and the campaign to copy', () => {
		expect(
			readNewCampaign({ from: 'copy', id: 'next', name: 'Next launch', copyFrom: 'sample' }, [
				{ ...us, code: 'not read' }
			])
		).toEqual({
			ok: true,
			value: { from: 'copy', id: 'next', name: 'Next launch', copyFrom: 'sample' }
		});
		expect(readNewCampaign({ from: 'copy', id: 'next', name: 'Next', copyFrom: '' }, [])).toEqual({
			ok: false,
			errors: { copyFrom: { code: 'problem_copy_from_missing', params: { minimum: 1 } } }
		});
	});

	it('suggests an id from the name', () => {
		expect(suggestCampaignId('Lançamento Brasil + US — 2026')).toBe('lancamento-brasil-us-2026');
		expect(suggestCampaignId('  ¡Hola!  ')).toBe('hola');
		expect(suggestCampaignId('a'.repeat(70))).toHaveLength(63);
	});
});
