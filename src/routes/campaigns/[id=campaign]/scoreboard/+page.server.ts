import { contentOf } from '$lib/domain/definitions';
import { versionsToScore } from '$lib/server/definitions/score-service';
import { requireAccess } from '$lib/server/http/guard';
import type { PageServerLoad } from './$types';

/**
 * The definition versions to score: `?version=us-brand:2` picks one (a draft can be
 * previewed), otherwise the latest signed-off version of each.
 */
export const load = (async (event) => {
	const { context, campaignId } = await requireAccess(event, 'read');
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
		metrics: context.metrics.list(campaignId)
	};
}) satisfies PageServerLoad;
