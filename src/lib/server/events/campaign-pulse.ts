import type { Db } from '$lib/server/database';
import { factsVersion, listActiveImports } from '$lib/server/import-store';

/**
 * What open pages of a campaign redraw from, reduced to two short signatures: the facts
 * version (the imports that count) and the annotations' revision count. An import, undo or
 * redo changes the first and any annotation change the second, whichever process made it —
 * the server, the command line or the inbox.
 */
export interface CampaignPulse {
	facts: string;
	annotations: string;
}

/** The campaign's pulse as the database holds it now. */
export function campaignPulse(db: Db, campaignId: string): CampaignPulse {
	const revisions = db
		.prepare('SELECT count(*) AS n FROM annotation_revision WHERE campaign_id = ?')
		.get(campaignId) as { n: number };
	return {
		facts: factsVersion(listActiveImports(db, campaignId)),
		annotations: String(revisions.n)
	};
}

/** Which parts of the pulse differ between two readings. */
export function pulseChanges(before: CampaignPulse, after: CampaignPulse): (keyof CampaignPulse)[] {
	return (['facts', 'annotations'] as const).filter((part) => before[part] !== after[part]);
}
