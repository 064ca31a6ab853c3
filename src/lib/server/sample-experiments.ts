import type { Campaign } from '$lib/domain/campaign';
import { ExperimentRefusal, type ExperimentStore } from './experiments/experiment-store';
import { SAMPLE_CAMPAIGN_ID } from './sample-campaign';

/** The sample's creative test (data/README.md, "The creative test (A/B) and its traps"). */
export const SAMPLE_EXPERIMENT = {
	id: 'creative-b-vs-a',
	name: 'Creative B vs A',
	hypothesis: 'Creative B earns more clicks per impression than creative A in every market.',
	mde: 0.05
} as const;

/**
 * Stores the sample campaign's creative test, once: A (control) against B in every market on
 * clicks per impression, planned 50/50 over the campaign's dates. A campaign that has had any
 * test already is left alone, and so is every campaign but the sample.
 */
export function ensureSampleExperiments(store: ExperimentStore, campaign: Campaign): void {
	if (campaign.id !== SAMPLE_CAMPAIGN_ID || !campaign.start || !campaign.end) return;
	if (store.list(campaign.id).length > 0) return;
	try {
		store.create(
			campaign.id,
			{
				name: SAMPLE_EXPERIMENT.name,
				variants: ['A', 'B'],
				markets: campaign.markets.map((market) => market.code),
				metric: { numerator: 'clicks', denominator: 'impressions' },
				split: [50, 50],
				start: campaign.start,
				end: campaign.end,
				hypothesis: SAMPLE_EXPERIMENT.hypothesis,
				mde: SAMPLE_EXPERIMENT.mde
			},
			null,
			{ id: SAMPLE_EXPERIMENT.id }
		);
	} catch (error) {
		// Another process (the command line beside the server) seeded it a moment before.
		if (!(error instanceof ExperimentRefusal)) throw error;
	}
}
