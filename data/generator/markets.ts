import type { Market } from '../../src/lib/domain/campaign';

/** The five markets of the sample campaign. */
export const MARKET_CODES = ['US', 'MX', 'BR', 'CO', 'AR'] as const;
export type MarketCode = (typeof MARKET_CODES)[number];

/**
 * A market with the levels the generator draws its numbers around. Money is in the market's
 * own currency unless the name says USD.
 */
export interface MarketProfile extends Market {
	code: MarketCode;
	/** Paid-media budget for the campaign, in the local currency. */
	budget: number;
	/** Share of the budget the market plans to spend (pacing target). */
	plannedUse: number;
	/** USD per one unit of the local currency on the first day of data. */
	usdRate: number;
	/** Daily drift of `usdRate` (a crawling peg shows as a steady negative drift). */
	fxDrift: number;
	/** Daily volatility of `usdRate` (standard deviation of the log change). */
	fxVolatility: number;
	/** Paid CPM in USD for an Instagram placement; platforms scale it. */
	cpmUsd: number;
	/** Click-through rate of variant A, per impression. */
	ctr: number;
	/** Conversions per click. */
	cvr: number;
	/** Average order value, in the local currency. */
	orderValue: number;
	/** How much more (or less) audiences in this market engage than the platform norm. */
	engagement: number;
	/** Engagement multiplier of existing-network creators over cold-outreach ones. */
	networkLift: number;
	/** CTR multiplier of creative B over creative A. */
	variantLift: number;
}

/** The markets with their planted levels (see data/README.md, "Assumptions"). */
export const MARKET_PROFILES: readonly MarketProfile[] = [
	{
		code: 'US',
		name: 'United States',
		currency: 'USD',
		timeZone: 'America/New_York',
		locale: 'en-US',
		budget: 80_000,
		plannedUse: 0.96,
		usdRate: 1,
		fxDrift: 0,
		fxVolatility: 0,
		cpmUsd: 9.5,
		ctr: 0.0045,
		cvr: 0.072,
		orderValue: 38,
		engagement: 0.73,
		networkLift: 1,
		variantLift: 1.1
	},
	{
		code: 'MX',
		name: 'Mexico',
		currency: 'MXN',
		timeZone: 'America/Mexico_City',
		locale: 'es-MX',
		budget: 450_000,
		plannedUse: 0.95,
		usdRate: 1 / 18.62,
		fxDrift: 0.00005,
		fxVolatility: 0.004,
		cpmUsd: 3.6,
		ctr: 0.0102,
		cvr: 0.031,
		orderValue: 640,
		engagement: 0.72,
		networkLift: 1.25,
		variantLift: 1.12
	},
	{
		code: 'BR',
		name: 'Brazil',
		currency: 'BRL',
		timeZone: 'America/Sao_Paulo',
		locale: 'pt-BR',
		budget: 130_000,
		plannedUse: 0.96,
		usdRate: 1 / 5.47,
		fxDrift: -0.00008,
		fxVolatility: 0.005,
		cpmUsd: 3.1,
		ctr: 0.0114,
		cvr: 0.028,
		orderValue: 185,
		engagement: 0.95,
		networkLift: 1.25,
		variantLift: 1.09
	},
	{
		code: 'CO',
		name: 'Colombia',
		currency: 'COP',
		timeZone: 'America/Bogota',
		locale: 'es-CO',
		budget: 70_000_000,
		plannedUse: 0.95,
		usdRate: 1 / 4_085,
		fxDrift: -0.00003,
		fxVolatility: 0.004,
		cpmUsd: 2.6,
		ctr: 0.0096,
		cvr: 0.026,
		orderValue: 138_000,
		engagement: 0.85,
		networkLift: 1,
		variantLift: 1.08
	},
	{
		code: 'AR',
		name: 'Argentina',
		currency: 'ARS',
		timeZone: 'America/Argentina/Buenos_Aires',
		locale: 'es-AR',
		budget: 23_000_000,
		plannedUse: 0.95,
		usdRate: 1 / 1_515,
		fxDrift: -0.0006,
		fxVolatility: 0.003,
		cpmUsd: 2.3,
		ctr: 0.0142,
		cvr: 0.022,
		orderValue: 42_000,
		engagement: 0.82,
		networkLift: 1,
		variantLift: 0.95
	}
];

/** The profile of one market. */
export function getMarketProfile(code: string): MarketProfile {
	const profile = MARKET_PROFILES.find((market) => market.code === code);
	if (!profile) throw new Error(`unknown market: ${code}`);
	return profile;
}

/** A market as the campaign file stores it (no generator levels). */
export function toCampaignMarket(profile: MarketProfile): Market {
	const { code, name, currency, timeZone, locale } = profile;
	return { code, name, currency, timeZone, locale };
}
