import { can } from '$lib/domain/access';
import { mayChangeAnnotation } from '$lib/domain/annotation-access';
import { metricIdOfTest } from '$lib/domain/experiments/experiment';
import { experimentFormValues } from '$lib/domain/experiments/experiment-form';
import { findCampaign } from '$lib/server/campaign-store';
import { campaignMetricSources } from '$lib/server/definitions/score-service';
import { readExperiment, RECENT_DAYS } from '$lib/server/experiments/experiment-results';
import { variantValues } from '$lib/server/experiments/variant-values';
import { requireAccess } from '$lib/server/http/guard';
import { saveExperiment } from './save-experiment.server';
import type { Actions, PageServerLoad } from './$types';

/**
 * The campaign's split tests, the one asked for (`?test=ID`, else the first) read from the
 * facts as `parallax split --campaign --test` reads it, and with `?edit=ID` or `?edit=new`
 * the form that defines a test, offering the variant values the data holds.
 */
export const load = (async (event) => {
	const { context, campaignId, access } = await requireAccess(event, 'read');
	event.depends('parallax:facts');
	const campaign = findCampaign(context.db, campaignId)!;
	const tests = context.experiments.list(campaignId);
	const params = event.url.searchParams;
	const canEdit = can(access, 'manage_campaign', { campaignId });
	const asked = params.get('edit');
	const edited = asked && asked !== 'new' ? tests.find((t) => t.id === asked) : undefined;
	const editing =
		!canEdit || !asked
			? null
			: edited
				? { id: edited.id, revision: edited.revision, values: experimentFormValues(edited.content) }
				: asked === 'new'
					? {
							id: null,
							revision: null,
							values: {
								markets: campaign.markets.map((market) => market.code).join(','),
								numerator: 'clicks',
								denominator: 'impressions',
								start: campaign.start ?? '',
								end: campaign.end ?? '',
								mde: '5'
							}
						}
					: null;
	const selected = tests.find((t) => t.id === params.get('test')) ?? tests[0] ?? null;
	const sources = campaignMetricSources(context, campaignId);
	return {
		tests: tests.map((t) => ({ id: t.id, name: t.content.name })),
		selectedId: selected?.id ?? null,
		reading: selected && !editing ? await readExperiment(context, campaign, selected) : null,
		editing,
		found: editing ? await variantValues(context, campaignId) : [],
		recentDays: RECENT_DAYS,
		canEdit,
		canAnnotate: mayChangeAnnotation(access, 'create', null),
		metricIds: [...sources.keys()],
		metricId: selected ? metricIdOfTest(selected.content.metric, sources) : null
	};
}) satisfies PageServerLoad;

export const actions = { save: saveExperiment } satisfies Actions;
