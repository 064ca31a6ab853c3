import type { Annotation } from '$lib/domain/annotations';
import type { Campaign } from '$lib/domain/campaign';
import { buildRetro } from '$lib/domain/retro/build-retro';
import type { RetroDocument } from '$lib/domain/retro/retro-document';
import { retroMarkdown } from '$lib/domain/retro/retro-markdown';
import type { AppContext } from '../app-context';
import { observedEffects } from '../annotations/observed-effect-service';
import { campaignMetricSources, scoreStoredCampaign } from '../definitions/score-service';
import type { RetroOptions } from './retro-options';
import { retroPage } from './retro-page';

/** The formats a retrospective is written in. */
export const RETRO_FORMATS = ['md', 'html'] as const;
export type RetroFormat = (typeof RETRO_FORMATS)[number];

/**
 * A stored campaign's retrospective: its scores from the first day of data to the as-of day
 * (the latest signed-off version of each definition), its visible annotations, each decision's
 * observed effect over N days, and the names of the people involved.
 */
export async function retroOf(
	context: AppContext,
	campaign: Campaign,
	options: RetroOptions
): Promise<RetroDocument> {
	const scored = await scoreStoredCampaign(context, campaign, { asOf: options.asOf });
	const annotations = context.annotations.list(campaign.id);
	const decisions = annotations.filter((a) => a.kind === 'decision');
	const effects = await observedEffects(context, campaign, decisions, {
		days: options.days,
		asOf: options.asOf
	});
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
		names: namesOf(context, annotations)
	});
}

/** The retrospective as a file: Markdown, or a standalone HTML page. */
export function retroText(document: RetroDocument, format: RetroFormat): string {
	return format === 'md' ? retroMarkdown(document) : retroPage(document);
}

/** Display names of everyone the annotations name: authors, parties' people, who settled. */
function namesOf(context: AppContext, annotations: readonly Annotation[]): Map<string, string> {
	const ids = new Set<string>();
	for (const annotation of annotations) {
		if (annotation.authorId) ids.add(annotation.authorId);
		for (const position of annotation.positions ?? []) {
			if (position.accountId) ids.add(position.accountId);
		}
		if (annotation.resolution) ids.add(annotation.resolution.by);
	}
	const names = new Map<string, string>();
	for (const id of ids) {
		const account = context.people.accounts.find(id);
		if (account) names.set(id, account.name);
	}
	return names;
}
