import { buildApprovalRecords, type ApprovalRound } from './approval-records';
import { buildContentPlan, type ContentItem } from './content-plan';
import { buildCreators, type Creator } from './creators';
import { buildMarketFacts, findViralPost, type FactRow } from './facts';
import { buildFxRates, type FxRow } from './fx';
import { MARKET_CODES, type MarketCode } from './markets';
import {
	APPROVALS_SEED,
	CONTENT_SEED,
	CREATORS_SEED,
	FACTS_SEEDS,
	FX_SEED,
	SOURCING_SEED,
	TIMELINE_SEED
} from './seeds';
import { buildSourcingRecords, type SourcingRow } from './sourcing-records';
import { buildCreatorCycles, buildTimeline, type Timeline } from './timeline';

/** Id of the sample campaign. */
export const SAMPLE_CAMPAIGN_ID = 'sample';

/** Every generated table of the sample campaign, before it is written. */
export interface SampleTables {
	fx: FxRow[];
	creators: Creator[];
	content: ContentItem[];
	facts: Record<MarketCode, FactRow[]>;
	timeline: Timeline;
	sourcing: SourcingRow[];
	approvals: ApprovalRound[];
	viralContentId: string;
}

/** Seeds of the drawn tables (defaults: seeds.ts). */
export interface SampleSeeds {
	fx: number;
	creators: number;
	content: number;
	facts: Record<MarketCode, number>;
	timeline: number;
	sourcing: number;
	approvals: number;
}

/** The seeds of seeds.ts. */
export const DEFAULT_SEEDS: SampleSeeds = {
	fx: FX_SEED,
	creators: CREATORS_SEED,
	content: CONTENT_SEED,
	facts: FACTS_SEEDS,
	timeline: TIMELINE_SEED,
	sourcing: SOURCING_SEED,
	approvals: APPROVALS_SEED
};

/** Draws every table of the sample campaign from its seed. */
export function buildSampleTables(seeds: SampleSeeds = DEFAULT_SEEDS): SampleTables {
	const creators = buildCreators(seeds.creators);
	const content = buildContentPlan(creators, seeds.content);
	const facts = Object.fromEntries(
		MARKET_CODES.map((market) => [
			market,
			buildMarketFacts(market, creators, content, seeds.facts[market])
		])
	) as Record<MarketCode, FactRow[]>;
	const viralContentId = findViralPost(content, creators);
	if (!viralContentId) throw new Error('the content plan has no Brazilian TikTok post to go viral');
	const cycles = buildCreatorCycles(creators, content, seeds.timeline);
	const approvals = buildApprovalRecords(content, cycles, seeds.approvals);
	return {
		fx: buildFxRates(seeds.fx),
		creators,
		content,
		facts,
		timeline: buildTimeline(SAMPLE_CAMPAIGN_ID, cycles, content, approvals),
		sourcing: buildSourcingRecords(cycles, seeds.sourcing),
		approvals,
		viralContentId
	};
}
