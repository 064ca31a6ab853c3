import type { Annotation } from '$lib/domain/annotations';
import { findCampaign } from '$lib/server/campaign-store';
import type { Allowed } from '$lib/server/http/guard';
import {
	decisionChoices,
	filterDecisions,
	parseDecisionFilters,
	type DecisionChoices,
	type DecisionFilters,
	type IgnoredFilter
} from './decision-log';

/** The decision log as a URL asks for it, for the page and for its CSV alike. */
export interface DecisionLog {
	filters: DecisionFilters;
	ignored: IgnoredFilter[];
	choices: DecisionChoices;
	/** How many annotations the log holds before filtering (hidden ones only when listed). */
	total: number;
	/** The annotations the filters keep, in order. */
	shown: Annotation[];
	/** Display names of the authors and of whoever settled a disagreement, by account id. */
	names: Record<string, string>;
}

/**
 * Reads the campaign's annotations (hidden ones too, listed only on request), the filters of
 * `url` and the names of the people involved. Names only: a viewer never sees an email here.
 */
export function readDecisionLog(allowed: Allowed, url: URL): DecisionLog {
	const { context, campaignId } = allowed;
	const all = context.annotations.list(campaignId, { includeHidden: true });
	const markets = findCampaign(context.db, campaignId)?.markets.map((m) => m.code) ?? [];
	const choices = decisionChoices(all, markets);
	const { filters, ignored } = parseDecisionFilters(url.searchParams, choices);
	const names = context.people.accounts.displayNames(
		all.flatMap((a) => [a.authorId, a.resolution?.by])
	);
	return {
		filters,
		ignored,
		choices,
		total: all.filter((a) => filters.hidden || !a.hidden).length,
		shown: filterDecisions(all, filters),
		names
	};
}
