import { creatorSchema, type Creator } from '$lib/domain/creators';
import type { Db } from './database';

interface CreatorRow {
	id: string;
	handle: string;
	market: string;
	platform: string;
	followers: number | null;
	tier: string | null;
	sourcing: string | null;
}

/** How a save changed a campaign's creator list. */
export interface CreatorsSaved {
	added: number;
	updated: number;
	/** Creators taken out because the list was replaced. */
	removed: number;
}

/**
 * Saves creators of a campaign by id: new ids are added, known ids updated. With `replace`
 * the list becomes exactly these creators. All in one transaction.
 */
export function saveCreators(
	db: Db,
	campaignId: string,
	creators: readonly Creator[],
	options: { replace?: boolean; now?: Date } = {}
): CreatorsSaved {
	const now = (options.now ?? new Date()).toISOString();
	const exists = db.prepare('SELECT 1 FROM creator WHERE campaign_id = ? AND id = ?');
	const upsert = db.prepare(
		`INSERT INTO creator (campaign_id, id, handle, market, platform, followers, tier, sourcing, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (campaign_id, id) DO UPDATE SET handle = excluded.handle, market = excluded.market,
			platform = excluded.platform, followers = excluded.followers, tier = excluded.tier,
			sourcing = excluded.sourcing, updated_at = excluded.updated_at`
	);
	return db.transaction((): CreatorsSaved => {
		let added = 0;
		let updated = 0;
		let removed = 0;
		if (options.replace) {
			const keep = new Set(creators.map((c) => c.id));
			for (const { id } of listCreators(db, campaignId)) {
				if (keep.has(id)) continue;
				db.prepare('DELETE FROM creator WHERE campaign_id = ? AND id = ?').run(campaignId, id);
				removed++;
			}
		}
		for (const creator of creators) {
			const c = creatorSchema.parse(creator);
			if (exists.get(campaignId, c.id)) updated++;
			else added++;
			upsert.run(
				campaignId,
				c.id,
				c.handle,
				c.market,
				c.platform,
				c.followers,
				c.tier,
				c.sourcing,
				now
			);
		}
		return { added, updated, removed };
	})();
}

/** A campaign's creators, by market then id. */
export function listCreators(db: Db, campaignId: string): Creator[] {
	const rows = db
		.prepare(
			`SELECT id, handle, market, platform, followers, tier, sourcing FROM creator
			WHERE campaign_id = ? ORDER BY market, id`
		)
		.all(campaignId) as CreatorRow[];
	return rows.map((row) => creatorSchema.parse(row));
}

/** How many creators each market of a campaign has. */
export function countCreatorsByMarket(db: Db, campaignId: string): Record<string, number> {
	const rows = db
		.prepare('SELECT market, count(*) AS n FROM creator WHERE campaign_id = ? GROUP BY market')
		.all(campaignId) as { market: string; n: number }[];
	return Object.fromEntries(rows.map((row) => [row.market, row.n]));
}
