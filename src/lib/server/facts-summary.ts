import { ADDITIVE_MEASURES } from '$lib/domain/facts';
import type { FactsService } from './facts-service';

/** What a campaign holds for one market and platform. */
export interface FactsGroup {
	market: string;
	platform: string | null;
	rows: number;
	min_date: string | null;
	max_date: string | null;
	totals: Record<string, number>;
}

/** Rows, date range and additive totals per market and platform (money in each row's own currency). */
export async function summariseFacts(
	facts: FactsService,
	campaignId: string
): Promise<FactsGroup[]> {
	const sums = ADDITIVE_MEASURES.map((m) => `round(sum(${m}), 6)::DOUBLE AS ${m}`).join(', ');
	const rows = await facts.queryFacts<Record<string, string | number | null>>(
		campaignId,
		(table) => `SELECT market, platform, count(*)::INTEGER AS rows, min(date)::VARCHAR AS min_date,
	max(date)::VARCHAR AS max_date, ${sums}
FROM ${table} GROUP BY ALL ORDER BY market, platform NULLS FIRST`
	);
	return rows.map((row) => ({
		market: String(row.market),
		platform: row.platform === null ? null : String(row.platform),
		rows: Number(row.rows),
		min_date: (row.min_date as string | null) ?? null,
		max_date: (row.max_date as string | null) ?? null,
		totals: Object.fromEntries(
			ADDITIVE_MEASURES.filter((m) => row[m] !== null).map((m) => [m, Number(row[m])])
		)
	}));
}
