import { campaignSchema, type Campaign } from '../../src/lib/domain/campaign';
import { CAMPAIGN_END, CAMPAIGN_START } from './calendar';
import { MARKET_PROFILES, toCampaignMarket } from './markets';
import { PLANNED_PHASES } from './phases';

/** Name of the sample campaign. */
export const SAMPLE_CAMPAIGN_NAME = 'Brisa Sparkling — Americas creator launch';

/**
 * The sample campaign as campaign.json stores it: five markets, budgets in each market's
 * own currency, the planned phases. Validated against the app's schema before it is used.
 */
export function buildCampaign(id: string): Campaign {
	return campaignSchema.parse({
		id,
		name: SAMPLE_CAMPAIGN_NAME,
		reportingCurrency: 'USD',
		markets: MARKET_PROFILES.map(toCampaignMarket),
		budgets: Object.fromEntries(MARKET_PROFILES.map((market) => [market.code, market.budget])),
		phases: PLANNED_PHASES.map(({ id: phaseId, label, start, end }) => ({
			id: phaseId,
			label,
			start,
			end
		})),
		start: CAMPAIGN_START,
		end: CAMPAIGN_END
	});
}
