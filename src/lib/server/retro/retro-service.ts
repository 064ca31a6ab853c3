import { accountsNamedIn } from '$lib/domain/annotations';
import type { Campaign } from '$lib/domain/campaign';
import { buildRetro } from '$lib/domain/retro/build-retro';
import type { RetroDocument } from '$lib/domain/retro/retro-document';
import { retroMarkdown } from '$lib/domain/retro/retro-markdown';
import type { AppContext } from '../app-context';
import { effectsOnTables } from '../annotations/observed-effect-service';
import {
	campaignMetricSources,
	scoreOnTables,
	withScoringTables
} from '../definitions/score-service';
import { storedCampaignTimeline } from '../timeline/timeline-service';
import type { RetroOptions } from './retro-options';
import { retroPage } from './retro-page';

/** The formats a retrospective is written in. */
export const RETRO_FORMATS = ['md', 'html'] as const;
export type RetroFormat = (typeof RETRO_FORMATS)[number];

/**
 * A stored campaign's retrospective: its scores from the first day of data to the as-of day
 * (the latest signed-off version of each definition), its visible annotations, each decision's
 * observed effect over N days, the names of the people involved, and its timeline (phases
 * planned against actual, timing metrics from its sourcing and approval records).
 */
export async function retroOf(
	context: AppContext,
	campaign: Campaign,
	options: RetroOptions
): Promise<RetroDocument> {
	const annotations = context.annotations.list(campaign.id);
	const decisions = annotations.filter((a) => a.kind === 'decision');
	// Scores and effects read the same scoring tables, built once.
	const { scored, effects } = await withScoringTables(context, campaign, async (run) => ({
		scored: await scoreOnTables(context, campaign, run, { asOf: options.asOf }),
		effects: await effectsOnTables(context, campaign, run, decisions, {
			days: options.days,
			asOf: options.asOf
		})
	}));
	return buildRetro({
		campaign,
		asOf: scored.asOf,
		range: scored.range,
		effectDays: options.days,
		definitions: scored.definitions,
		results: scored.results,
		annotations,
		effects,
		metrics: campaignMetricSources(context, campaign.id),
		names: new Map(
			Object.entries(context.people.accounts.displayNames(annotations.flatMap(accountsNamedIn)))
		),
		timeline: storedCampaignTimeline(context, campaign)
	});
}

/** The retrospective as a file: Markdown, or a standalone HTML page. */
export function retroText(document: RetroDocument, format: RetroFormat): string {
	return format === 'md' ? retroMarkdown(document) : retroPage(document);
}
