import { error } from '@sveltejs/kit';
import { appContext } from '$lib/server/app-context';
import { findCampaign } from '$lib/server/campaign-store';
import { factsVersion, listActiveImports } from '$lib/server/import-store';
import { listFxRates } from '$lib/server/fx-store';
import { campaignAsOf, clockDate } from '$lib/domain/as-of';
import { accessOf } from '$lib/server/http/guard';
import { describeViewer } from '$lib/domain/viewer';
import { m } from '$lib/paraglide/messages';
import type { LayoutServerLoad } from './$types';

export const load = (async (event) => {
	const { params, depends } = event;
	depends('parallax:facts');
	const context = await appContext();
	const campaign = findCampaign(context.db, params.id);
	if (!campaign) error(404, m.refusal_campaign_unknown({ id: params.id }));
	// The request was let through by the gate, so someone may read: a member or a share link.
	const access = (await accessOf(event))!;
	const [range] = await context.facts.queryFacts<{
		min: string | null;
		max: string | null;
		rows: number;
	}>(
		campaign.id,
		(facts) =>
			`SELECT min(date)::VARCHAR AS min, max(date)::VARCHAR AS max, count(*)::INTEGER AS rows FROM ${facts}`
	);
	const imports = listActiveImports(context.db, campaign.id);
	return {
		campaign,
		facts: {
			rows: range?.rows ?? 0,
			min: range?.min ?? null,
			max: range?.max ?? null,
			// Changes with every import, undo and redo: pages fetch the facts again when it does.
			version: factsVersion(imports)
		},
		fx: listFxRates(context.db, campaign.id),
		lastImport: imports.at(-1)?.importedAt ?? null,
		asOf: campaignAsOf(clockDate(context.config.now), range?.max ?? null),
		viewer: describeViewer(access)
	};
}) satisfies LayoutServerLoad;
