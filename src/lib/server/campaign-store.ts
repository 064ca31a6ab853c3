import { campaignSchema, type Campaign } from '$lib/domain/campaign';
import type { Db } from './database';

/** A campaign as listed on the home page. */
export interface CampaignSummary {
	id: string;
	name: string;
	markets: string[];
	imports: number;
}

/** Stores a campaign (new or changed). */
export function saveCampaign(db: Db, campaign: Campaign, now = new Date()): void {
	const valid = campaignSchema.parse(campaign);
	db.prepare(
		`INSERT INTO campaign (id, name, definition, created_at) VALUES (?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET name = excluded.name, definition = excluded.definition`
	).run(valid.id, valid.name, JSON.stringify(valid), now.toISOString());
}

/** The campaign with this id, or null. */
export function findCampaign(db: Db, id: string): Campaign | null {
	const row = db.prepare('SELECT definition FROM campaign WHERE id = ?').get(id) as
		{ definition: string } | undefined;
	return row ? campaignSchema.parse(JSON.parse(row.definition)) : null;
}

/** Every campaign, oldest first. */
export function listCampaigns(db: Db): CampaignSummary[] {
	const rows = db
		.prepare(
			`SELECT c.id, c.definition, (SELECT count(*) FROM import i WHERE i.campaign_id = c.id) AS imports
			FROM campaign c ORDER BY c.created_at, c.id`
		)
		.all() as { id: string; definition: string; imports: number }[];
	return rows.map((row) => {
		const campaign = campaignSchema.parse(JSON.parse(row.definition));
		return {
			id: row.id,
			name: campaign.name,
			markets: campaign.markets.map((m) => m.code),
			imports: row.imports
		};
	});
}
