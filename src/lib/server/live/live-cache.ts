import { createHash } from 'node:crypto';
import type { Campaign } from '$lib/domain/campaign';
import { clockDate } from '$lib/domain/as-of';
import type { AppContext } from '../app-context';
import { campaignPulse } from '../events/campaign-pulse';
import { listFxRates } from '../fx-store';

/**
 * What a campaign's live numbers are computed from, as one short key: its data version and
 * annotations (the pulse), its settings and FX rates, its definitions, its creators, sourcing
 * and approval records (creator rankings, the sourcing comparison, timing KPIs) and the day. Equal keys
 * give equal numbers, so a page opened again (or by a second person) reuses them instead of
 * queueing another scoring run in front of the data the browser is waiting for.
 */
export function liveInputsKey(context: AppContext, campaign: Campaign): string {
	const pulse = campaignPulse(context.db, campaign.id);
	return createHash('sha256')
		.update(
			JSON.stringify([
				pulse,
				campaign,
				listFxRates(context.db, campaign.id),
				context.definitions.all(campaign.id),
				context.metrics.list(campaign.id),
				recordTables(context, campaign.id),
				clockDate(context.config.now)
			])
		)
		.digest('hex');
}

/** A few computed results per kind, the newest kept; each computation runs once per key. */
export class ResultCache<T> {
	readonly #entries = new Map<string, Promise<T>>();

	constructor(private readonly size = 8) {}

	/** The result for `key`, computing it (once, however many ask at a time) when it is not kept. */
	get(key: string, compute: () => Promise<T>): Promise<T> {
		let entry = this.#entries.get(key);
		if (!entry) {
			entry = compute();
			this.#entries.set(key, entry);
			// A failed computation is not kept: the next request tries again.
			entry.catch(() => this.#entries.delete(key));
			while (this.#entries.size > this.size) {
				this.#entries.delete(this.#entries.keys().next().value!);
			}
		}
		return entry;
	}
}

/** The side tables live numbers read, each reduced to its row count and latest change. */
const RECORD_TABLES = ['creator', 'sourcing_record', 'approval_record'] as const;

function recordTables(context: AppContext, campaignId: string): unknown[] {
	return RECORD_TABLES.map((table) =>
		context.db
			.prepare(`SELECT count(*) AS n, max(updated_at) AS at FROM ${table} WHERE campaign_id = ?`)
			.get(campaignId)
	);
}
