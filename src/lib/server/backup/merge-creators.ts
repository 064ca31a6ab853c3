import type { Db } from '../database';
import type { CheckedDocument } from './backup-format';

/**
 * Adds the creators the campaign lacks, by creator id; of a creator both hold, the one changed
 * last wins. Creators the backup does not hold stay. Returns how many changed.
 */
export function mergeCreators(
	db: Db,
	campaignId: string,
	creators: CheckedDocument['creators']
): number {
	const find = db.prepare('SELECT updated_at FROM creator WHERE campaign_id = ? AND id = ?');
	const upsert = db.prepare(
		`INSERT INTO creator (campaign_id, id, handle, market, platform, followers, tier, sourcing,
			updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (campaign_id, id) DO UPDATE SET handle = excluded.handle,
			market = excluded.market, platform = excluded.platform, followers = excluded.followers,
			tier = excluded.tier, sourcing = excluded.sourcing, updated_at = excluded.updated_at`
	);
	let changed = 0;
	for (const c of creators) {
		const stored = find.get(campaignId, c.id) as { updated_at: string } | undefined;
		if (stored && stored.updated_at >= c.updated_at) continue;
		upsert.run(
			campaignId,
			c.id,
			c.handle,
			c.market,
			c.platform,
			c.followers,
			c.tier,
			c.sourcing,
			c.updated_at
		);
		changed++;
	}
	return changed;
}
