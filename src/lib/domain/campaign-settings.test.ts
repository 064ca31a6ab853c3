import { describe, expect, it } from 'vitest';
import type { Campaign } from './campaign';
import {
	applyCampaignSettings,
	campaignSettingsSchema,
	settingsChanges
} from './campaign-settings';

const campaign: Campaign = {
	id: 'launch',
	name: 'Launch',
	reportingCurrency: 'USD',
	markets: [
		{
			code: 'US',
			name: 'United States',
			currency: 'USD',
			timeZone: 'America/New_York',
			locale: 'en-US'
		},
		{ code: 'BR', name: 'Brasil', currency: 'BRL', timeZone: 'America/Sao_Paulo', locale: 'pt-BR' }
	],
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
			name: 'Name the campaign.',
			budget_US: 'A budget cannot be negative.',
			budget_BR: 'Enter an amount, such as 25000.'
		});
		const dates = schema.safeParse({ name: 'x', start: '2026-10-01', end: '2026-09-01' });
		expect(dates.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
			['end', 'The campaign cannot end before it starts.']
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
});
