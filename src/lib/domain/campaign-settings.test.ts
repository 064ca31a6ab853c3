import { describe, expect, it } from 'vitest';
import {
	BR_MARKET,
	MX_MARKET,
	TEST_CAMPAIGN,
	US_MARKET
} from '../../../tests/support/test-campaign';
import type { Campaign } from './campaign';
import {
	applyCampaignSettings,
	campaignSettingsSchema,
	settingsChanges
} from './campaign-settings';

const campaign: Campaign = {
	...TEST_CAMPAIGN,
	markets: [US_MARKET, { ...BR_MARKET, name: 'Brasil' }],
	budgets: { US: 80000, BR: 130000 },
	phases: [],
	start: '2026-09-28',
	end: '2026-11-22'
};
const schema = campaignSettingsSchema(['US', 'BR']);

describe('the campaign settings form', () => {
	it('reads dates and budgets, an empty budget meaning none', () => {
		const form = schema.parse({
			name: '  Launch 2 ',
			start: '2026-10-01',
			end: '',
			budget_US: '95000.50',
			budget_BR: ''
		});
		expect(form).toEqual({
			name: 'Launch 2',
			start: '2026-10-01',
			end: undefined,
			budget_US: 95000.5,
			budget_BR: undefined
		});
		const changed = applyCampaignSettings(campaign, form);
		expect(changed.budgets).toEqual({ US: 95000.5 });
		expect(changed.markets).toBe(campaign.markets);
		expect(settingsChanges(campaign, changed)).toEqual({
			name: { from: 'Launch', to: 'Launch 2' },
			start: { from: '2026-09-28', to: '2026-10-01' },
			end: { from: '2026-11-22', to: null },
			'budget US': { from: 80000, to: 95000.5 },
			'budget BR': { from: 130000, to: null }
		});
	});

	it('refuses a blank name, a negative or non-numeric budget and an end before the start', () => {
		const result = schema.safeParse({
			name: ' ',
			start: '2026-10-01',
			end: '2026-09-01',
			budget_US: '-1',
			budget_BR: 'lots'
		});
		expect(result.success).toBe(false);
		const messages = Object.fromEntries(
			result.error!.issues.map((issue) => [String(issue.path[0]), issue.message])
		);
		expect(messages).toEqual({
			name: 'problem_campaign_name_missing',
			budget_US: 'problem_budget_negative',
			budget_BR: 'problem_budget_amount'
		});
		const dates = schema.safeParse({ name: 'x', start: '2026-10-01', end: '2026-09-01' });
		expect(dates.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
			['end', 'problem_campaign_ends_before_start']
		]);
	});

	it('finds no change when the same settings are saved again', () => {
		const same = applyCampaignSettings(
			campaign,
			schema.parse({
				name: 'Launch',
				start: '2026-09-28',
				end: '2026-11-22',
				budget_US: '80000',
				budget_BR: '130000'
			})
		);
		expect(settingsChanges(campaign, same)).toEqual({});
	});

	it('records markets, planned phases and actual phase dates that changed, one entry each', () => {
		const changed: Campaign = {
			...campaign,
			markets: [{ ...campaign.markets[0]!, locale: 'en-GB' }, MX_MARKET],
			budgets: { US: 80000 },
			phases: [{ id: 'live', label: 'Live', start: '2026-11-09', end: '2026-11-22' }],
			actualPhases: { MX: [{ phaseId: 'live', start: '2026-11-10' }] }
		};
		expect(settingsChanges(campaign, changed)).toEqual({
			'market US': {
				from: 'United States · USD · America/New_York · en-US',
				to: 'United States · USD · America/New_York · en-GB'
			},
			'market BR': { from: 'Brasil · BRL · America/Sao_Paulo · pt-BR', to: null },
			'market MX': { from: null, to: 'Mexico · MXN · America/Mexico_City · es-MX' },
			'phase live': { from: null, to: 'Live 2026-11-09 to 2026-11-22' },
			'actual phases MX': { from: null, to: 'live 2026-11-10 to now' }
		});
	});

	it('changes the reporting currency when the form names one, and keeps it when it does not', () => {
		const form = schema.parse({
			name: 'Launch',
			start: '2026-09-28',
			end: '2026-11-22',
			reportingCurrency: 'brl'
		});
		const changed = applyCampaignSettings(campaign, form);
		expect(settingsChanges(campaign, changed).reportingCurrency).toEqual({
			from: 'USD',
			to: 'BRL'
		});
		const kept = applyCampaignSettings(campaign, schema.parse({ name: 'Launch' }));
		expect(kept.reportingCurrency).toBe('USD');
		expect(
			schema.safeParse({ name: 'Launch', reportingCurrency: 'XYZ' }).error?.issues[0]?.message
		).toBe('problem_currency_unknown');
	});
});
