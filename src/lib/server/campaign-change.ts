import type { Campaign } from '$lib/domain/campaign';
import { settingsChanges } from '$lib/domain/campaign-settings';
import type { People } from './access/people';
import { saveCampaign } from './campaign-store';
import type { Db } from './database';

/**
 * Saves a changed campaign and records what changed, field by field, under the campaign's
 * history; returns how many fields changed (0: nothing saved, nothing recorded).
 */
export function saveCampaignChange(
	stores: { db: Db; people: People },
	actorId: string,
	before: Campaign,
	after: Campaign
): number {
	const changes = settingsChanges(before, after);
	const count = Object.keys(changes).length;
	if (count === 0) return 0;
	stores.db.transaction(() => {
		saveCampaign(stores.db, after);
		stores.people.audit.record({
			accountId: actorId,
			campaignId: after.id,
			action: 'settings_changed',
			itemKind: 'campaign',
			itemId: after.id,
			detail: changes
		});
	})();
	return count;
}

/**
 * Records a change to a campaign's FX rates, creators, or sourcing and approval records beside
 * its settings changes.
 */
export function recordCampaignListChange(
	people: People,
	actorId: string,
	campaignId: string,
	action: 'fx_rates_changed' | 'creators_imported' | 'sourcing_imported' | 'approvals_imported',
	detail: Record<string, unknown>
): void {
	people.audit.record({
		accountId: actorId,
		campaignId,
		action,
		itemKind: 'campaign',
		itemId: campaignId,
		detail
	});
}
