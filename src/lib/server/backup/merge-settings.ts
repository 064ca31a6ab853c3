import { campaignSchema } from '$lib/domain/campaign';
import type { Db } from '../database';
import type { CheckedDocument } from './backup-format';
import type { MatchedPeople } from './merge-people';

/**
 * Stores the backup's campaign under `campaignId`: created with the time it was first created,
 * or, when it is here already, given the backup's settings. Returns whether anything changed.
 */
export function mergeCampaign(
	db: Db,
	campaignId: string,
	campaign: CheckedDocument['campaign']
): boolean {
	const settings = campaignSchema.parse({ ...campaign.settings, id: campaignId });
	const definition = JSON.stringify(settings);
	const stored = db.prepare('SELECT definition FROM campaign WHERE id = ?').get(campaignId) as
		{ definition: string } | undefined;
	if (stored?.definition === definition) return false;
	db.prepare(
		`INSERT INTO campaign (id, name, definition, created_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, definition = excluded.definition`
	).run(campaignId, settings.name, definition, campaign.created_at);
	return true;
}

/** Sets each FX rate the backup holds, by day and currency; other rates stay. Returns how many changed. */
export function mergeFxRates(
	db: Db,
	campaignId: string,
	rates: CheckedDocument['fx_rates']
): number {
	const find = db.prepare(
		'SELECT rate FROM fx_rate WHERE campaign_id = ? AND date = ? AND currency = ?'
	);
	const upsert = db.prepare(
		`INSERT INTO fx_rate (campaign_id, date, currency, rate) VALUES (?, ?, ?, ?)
		ON CONFLICT (campaign_id, date, currency) DO UPDATE SET rate = excluded.rate`
	);
	let changed = 0;
	for (const rate of rates) {
		const stored = find.get(campaignId, rate.date, rate.currency) as { rate: number } | undefined;
		if (stored?.rate === rate.rate) continue;
		upsert.run(campaignId, rate.date, rate.currency, rate.rate);
		changed++;
	}
	return changed;
}

/**
 * Adds the campaign's own metrics the install lacks, by id; of a metric both hold, the one
 * changed last wins. Returns how many changed.
 */
export function mergeMetrics(
	db: Db,
	campaignId: string,
	metrics: CheckedDocument['metrics'],
	to: MatchedPeople['to']
): number {
	const find = db.prepare(
		'SELECT updated_at FROM campaign_metric WHERE campaign_id = ? AND id = ?'
	);
	const upsert = db.prepare(
		`INSERT INTO campaign_metric (campaign_id, id, content, updated_at, updated_by)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (campaign_id, id) DO UPDATE SET content = excluded.content,
			updated_at = excluded.updated_at, updated_by = excluded.updated_by`
	);
	let changed = 0;
	for (const metric of metrics) {
		const stored = find.get(campaignId, metric.id) as { updated_at: string } | undefined;
		if (stored && stored.updated_at >= metric.updated_at) continue;
		upsert.run(
			campaignId,
			metric.id,
			JSON.stringify(metric.content),
			metric.updated_at,
			to(metric.updated_by)
		);
		changed++;
	}
	return changed;
}
