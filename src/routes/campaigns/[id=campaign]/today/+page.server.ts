import { z } from 'zod';
import { isIsoDate } from '$lib/domain/market-fields';
import { mayChangeAnnotation } from '$lib/domain/annotation-access';
import { findCampaign } from '$lib/server/campaign-store';
import { campaignMetricSources } from '$lib/server/definitions/score-service';
import { metricUnits } from '$lib/server/definitions/metric-units';
import { requireAccess } from '$lib/server/http/guard';
import { liveInputsKey, ResultCache } from '$lib/server/live/live-cache';
import { DEFAULT_PACING_TOLERANCE, todayLog, type TodayLog } from '$lib/server/today/today-log';

const logs = new ResultCache<TodayLog>();
import type { PageServerLoad } from './$types';

// `?pacing=15`: list markets whose projected spend is more than 15 % off budget.
const toleranceSchema = z.coerce.number().min(1).max(100);
// `?day=2026-11-13`: the log of an earlier day, for a recorder catching up.
const daySchema = z.string().refine(isIsoDate);

/** The end-of-day log of the as-of day, and what the page needs to write on its items. */
export const load = (async (event) => {
	const { context, campaignId, access } = await requireAccess(event, 'read');
	event.depends('parallax:facts');
	event.depends('parallax:annotations');
	const campaign = findCampaign(context.db, campaignId)!;
	const asked = toleranceSchema.safeParse(event.url.searchParams.get('pacing') ?? undefined);
	const day = daySchema.safeParse(event.url.searchParams.get('day'));
	const options = {
		asOf: day.success ? day.data : undefined,
		pacingTolerance: asked.success ? asked.data / 100 : DEFAULT_PACING_TOLERANCE
	};
	const key = `${liveInputsKey(context, campaign)}|${options.asOf ?? ''}|${options.pacingTolerance}`;
	const log = await logs.get(key, () => todayLog(context, campaign, options));
	return {
		log,
		annotations: context.annotations.list(campaignId),
		canAnnotate: mayChangeAnnotation(access, 'create', null),
		metricIds: [...campaignMetricSources(context, campaignId).keys()],
		units: metricUnits(context, campaignId)
	};
}) satisfies PageServerLoad;
