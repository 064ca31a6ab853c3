import type { Campaign, Market } from '$lib/domain/campaign';

/** The United States as a campaign's market. */
export const US_MARKET: Market = {
	code: 'US',
	name: 'United States',
	currency: 'USD',
	timeZone: 'America/New_York',
	locale: 'en-US'
};

/** Brazil as a campaign's market. */
export const BR_MARKET: Market = {
	code: 'BR',
	name: 'Brazil',
	currency: 'BRL',
	timeZone: 'America/Sao_Paulo',
	locale: 'pt-BR'
};

/** Mexico as a campaign's market. */
export const MX_MARKET: Market = {
	code: 'MX',
	name: 'Mexico',
	currency: 'MXN',
	timeZone: 'America/Mexico_City',
	locale: 'es-MX'
};

/**
 * A small campaign for tests: `launch`, in the United States and Brazil, reported in USD, with no
 * budgets, running through November 2026 with a sourcing phase (1–8) and a live phase (9–22).
 * A test that needs another campaign spreads this one and overrides what differs.
 */
export const TEST_CAMPAIGN: Campaign = {
	id: 'launch',
	name: 'Launch',
	reportingCurrency: 'USD',
	markets: [US_MARKET, BR_MARKET],
	budgets: {},
	phases: [
		{ id: 'sourcing', label: 'Sourcing', start: '2026-11-01', end: '2026-11-08' },
		{ id: 'live', label: 'Live', start: '2026-11-09', end: '2026-11-22' }
	],
	start: '2026-11-01',
	end: '2026-11-30'
};
