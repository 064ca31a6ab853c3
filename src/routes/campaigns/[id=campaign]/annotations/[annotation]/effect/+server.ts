import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { annotationOf } from '$lib/server/annotations/annotation-service';
import {
	DEFAULT_EFFECT_DAYS,
	MAX_EFFECT_DAYS,
	observedEffects
} from '$lib/server/annotations/observed-effect-service';
import { findCampaign } from '$lib/server/campaign-store';
import { requireAccess } from '$lib/server/http/guard';
import { issueProblem } from '$lib/domain/problem';
import { problemText } from '$lib/i18n/problem-text';
import type { RequestHandler } from './$types';

const daysSchema = z.coerce
	.number({ message: 'problem_days_number' })
	.int('problem_effect_days_whole')
	.min(2, 'problem_effect_days_minimum')
	.max(MAX_EFFECT_DAYS, 'problem_effect_days_maximum');

/** A decision's observed effect over `?days=N` days before and after it (7 unless asked). */
export const GET = (async (event) => {
	const allowed = await requireAccess(event, 'read');
	const annotation = annotationOf(allowed, event.params.annotation);
	const asked = event.url.searchParams.get('days');
	const days =
		asked === null
			? { success: true as const, data: DEFAULT_EFFECT_DAYS }
			: daysSchema.safeParse(asked);
	if (!days.success) error(400, `days: ${problemText(issueProblem(days.error.issues[0]!))}`);
	const campaign = findCampaign(allowed.context.db, allowed.campaignId)!;
	const effects = await observedEffects(allowed.context, campaign, [annotation], {
		days: days.data
	});
	return json({ days: days.data, effect: effects.get(annotation.id) });
}) satisfies RequestHandler;
