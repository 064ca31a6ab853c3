import type { Campaign } from '$lib/domain/campaign';
import type { ImportOptions } from './import-options';

/**
 * Adds what a campaign knows to an import's options: which markets a row may name, each
 * market's currency, and whether its dates are written day-first. The browser preview and
 * the server import call this alike, so the preview shows what will be stored.
 */
export function withCampaign(campaign: Campaign, options: ImportOptions): ImportOptions {
	const market = options.market?.toUpperCase();
	const locale = campaign.markets.find((m) => m.code === market)?.locale;
	return {
		...options,
		markets: campaign.markets.map((m) => m.code),
		marketCurrencies: Object.fromEntries(campaign.markets.map((m) => [m.code, m.currency])),
		dayFirst: options.dayFirst ?? (locale ? !locale.endsWith('-US') : undefined)
	};
}
