import { buildAnnotations } from './annotations';
import { toApprovalsCsv } from './approval-records';
import { buildCampaign } from './campaign';
import { toCreatorsCsv } from './creators';
import { DEFINITIONS } from './definitions';
import { toFactsCsv } from './facts-csv';
import { checkPlantedPatterns, measureSample, type SampleFindings } from './findings';
import { toFxCsv } from './fx';
import { MARKET_CODES } from './markets';
import { PEOPLE } from './people';
import { toSourcingCsv } from './sourcing-records';
import { measureTimingStory, type TimingStory } from './timing-story';
import {
	DEFAULT_SEEDS,
	SAMPLE_CAMPAIGN_ID,
	buildSampleTables,
	type SampleSeeds
} from './sample-tables';

/** The sample campaign as files: path under data/sample → exact text. */
export interface SampleFiles {
	files: Record<string, string>;
	findings: SampleFindings;
	/** The timing metrics of the sourcing and approval records. */
	timing: TimingStory['timing'];
	/** Planted patterns the data fails to show (empty when the sample is as documented). */
	problems: string[];
}

/** The path of a market's facts file under data/sample. */
export function toFactsPath(market: string): string {
	return `facts/${market}.csv`;
}

/** Builds every file of the sample campaign; pure, so the same seeds give the same bytes. */
export function buildSampleFiles(seeds: SampleSeeds = DEFAULT_SEEDS): SampleFiles {
	const tables = buildSampleTables(seeds);
	const findings = measureSample(tables);
	const campaign = buildCampaign(SAMPLE_CAMPAIGN_ID);
	const files: Record<string, string> = {
		'campaign.json': toJson(campaign),
		'fx.csv': toFxCsv(tables.fx),
		'creators.csv': toCreatorsCsv(tables.creators),
		'definitions.json': toJson(DEFINITIONS),
		'annotations.json': toJson(buildAnnotations(findings)),
		'people.json': toJson(PEOPLE),
		'timeline.json': toJson(tables.timeline),
		'sourcing.csv': toSourcingCsv(tables.sourcing),
		'approvals.csv': toApprovalsCsv(tables.approvals)
	};
	for (const market of MARKET_CODES) files[toFactsPath(market)] = toFactsCsv(tables.facts[market]);
	const story = measureTimingStory(campaign, files);
	return {
		files,
		findings,
		timing: story.timing,
		problems: [...checkPlantedPatterns(findings), ...story.problems]
	};
}

function toJson(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}
