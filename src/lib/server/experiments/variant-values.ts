import { variantValuesSql } from '$lib/sql/experiment-sql';
import type { AppContext } from '../app-context';

/** One value of the facts' variant column in one market, with its daily rows. */
export interface VariantValue {
	market: string;
	variant: string;
	rows: number;
}

/**
 * The values the campaign's facts hold in their variant column, per market, for a test's
 * form to offer ("pick one found in the data").
 */
export async function variantValues(
	context: AppContext,
	campaignId: string
): Promise<VariantValue[]> {
	const rows = await context.facts.useEngine(campaignId, (engine, facts) =>
		engine.query<{ market: string; variant: string; rows: number }>(variantValuesSql(facts))
	);
	return rows.map(({ market, variant, rows }) => ({ market, variant, rows }));
}
