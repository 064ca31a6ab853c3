import type { Campaign } from '$lib/domain/campaign';
import { problem } from '$lib/domain/problem';
import { ImportError, type ImportOptions } from './import-options';

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

/**
 * Refuses a market given for a whole file that is not one of the campaign's: without a
 * campaign any two-letter code is a market, with one only its own are. Checked when a file is
 * stored, not when stored files are read again.
 */
export function checkGivenMarket(campaign: Campaign, options: ImportOptions): void {
	const market = options.market?.toUpperCase();
	const markets = campaign.markets.map((m) => m.code);
	if (market && !markets.includes(market))
		throw new ImportError(
			problem('problem_import_market_not_in_campaign', {
				file: options.fileName,
				market,
				markets: markets.join(', ')
			})
		);
}
