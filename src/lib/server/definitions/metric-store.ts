import { customMetricSchema, type CustomMetric } from '$lib/domain/metrics/custom-metrics';
import type { Db } from '../database';
import type { Clock } from '../access/sessions';

/** The metrics a campaign defines for itself, beside the built-in catalog. */
export class MetricStore {
	readonly #db: Db;
	readonly #now: Clock;

	constructor(db: Db, options: { now?: Clock } = {}) {
		this.#db = db;
		this.#now = options.now ?? (() => new Date());
	}

	/** A campaign's own metrics, by id. */
	list(campaignId: string): CustomMetric[] {
		const rows = this.#db
			.prepare('SELECT content FROM campaign_metric WHERE campaign_id = ? ORDER BY id')
			.all(campaignId) as { content: string }[];
		return rows.map((row) => customMetricSchema.parse(JSON.parse(row.content)));
	}

	/** Adds or replaces metrics of a campaign (checked by the caller, all together). */
	save(campaignId: string, metrics: readonly CustomMetric[], by: string | null): void {
		const upsert = this.#db.prepare(
			`INSERT INTO campaign_metric (campaign_id, id, content, updated_at, updated_by)
			VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (campaign_id, id) DO UPDATE SET content = excluded.content,
				updated_at = excluded.updated_at, updated_by = excluded.updated_by`
		);
		const now = this.#now().toISOString();
		this.#db.transaction(() => {
			for (const metric of metrics) {
				const valid = customMetricSchema.parse(metric);
				upsert.run(campaignId, valid.id, JSON.stringify(valid), now, by);
			}
		})();
	}
}
