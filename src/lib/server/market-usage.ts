import type { Campaign } from '$lib/domain/campaign';
import type { MarketUsage } from '$lib/domain/market-changes';
import type { AppContext } from './app-context';
import { countCreatorsByMarket } from './creator-store';

/** What refers to each market of a campaign: data rows, creators, success definitions. */
export async function marketUsage(
	context: Pick<AppContext, 'db' | 'facts' | 'definitions'>,
	campaign: Campaign
): Promise<Record<string, MarketUsage>> {
	const rows = await context.facts.queryFacts<{ market: string; rows: number }>(
		campaign.id,
		(facts) => `SELECT market, count(*)::INTEGER AS rows FROM ${facts} GROUP BY market`
	);
	const creators = countCreatorsByMarket(context.db, campaign.id);
	const definitions = context.definitions.latest(campaign.id);
	return Object.fromEntries(
		campaign.markets.map((market) => [
			market.code,
			{
				rows: rows.find((r) => r.market === market.code)?.rows ?? 0,
				creators: creators[market.code] ?? 0,
				definitions: definitions.filter((d) => d.markets.includes(market.code)).map((d) => d.id)
			}
		])
	);
}
