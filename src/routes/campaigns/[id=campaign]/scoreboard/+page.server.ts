import { mayChangeAnnotation } from '$lib/domain/annotation-access';
import { contentOf } from '$lib/domain/definitions';
import { findCampaign } from '$lib/server/campaign-store';
import { versionsToScore } from '$lib/server/definitions/score-service';
import { requireAccess } from '$lib/server/http/guard';
import { storedTimingActuals } from '$lib/server/timeline/timeline-service';
import type { PageServerLoad } from './$types';

/**
 * The definition versions to score: `?version=us-brand:2` picks one (a draft can be
 * previewed), otherwise the latest signed-off version of each.
 */
export const load = (async (event) => {
	const { context, campaignId, access } = await requireAccess(event, 'read');
	event.depends('parallax:annotations');
	const asked: Record<string, number> = {};
	for (const value of event.url.searchParams.getAll('version')) {
		const match = /^([a-z0-9-]+):(\d+)$/.exec(value);
		if (match) asked[match[1]!] = Number(match[2]);
	}
	const all = context.definitions.all(campaignId);
	const known = Object.fromEntries(
		Object.entries(asked).filter(([id, v]) => all.some((d) => d.id === id && d.version === v))
	);
	return {
		definitions: versionsToScore(all, known).map((d) => ({
			...contentOf(d),
			version: d.version,
			signedOff: d.signedOff
		})),
		versions: all.map((d) => ({ id: d.id, version: d.version, signedOff: d.signedOff })),
		metrics: context.metrics.list(campaignId),
		// Timing KPIs are measured on the sourcing and approval records, which stay on the server.
		timing: storedTimingActuals(context, findCampaign(context.db, campaignId)!),
		// Open disagreements, listed beside the divergence they concern.
		disagreements: context.annotations
			.list(campaignId)
			.filter((a) => a.kind === 'disagreement' && !a.resolution),
		canAnnotate: mayChangeAnnotation(access, 'create', null)
	};
}) satisfies PageServerLoad;
