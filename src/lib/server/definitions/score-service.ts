import { campaignAsOf, clockDate } from '$lib/domain/as-of';
import type { Campaign } from '$lib/domain/campaign';
import { scoreCampaign, type ScoredDefinition } from '$lib/queries/score-campaign';
import { BUILT_IN_METRIC_SOURCES } from '$lib/domain/metrics/catalog';
import { withCustomMetrics } from '$lib/domain/metrics/custom-metrics';
import { fxTableSql } from '$lib/sql/fx-table-sql';
import { quoteIdentifier } from '$lib/sql/quote';
import { dailyRollupSql } from '$lib/sql/chart-series-sql';
import { scoringBaseSql } from '$lib/sql/scoring-base-sql';
import type { AppContext } from '../app-context';
import { listFxRates } from '../fx-store';
import type { StoredDefinition } from './definition-store';

/** Which days to score and which definition versions; everything optional. */
export interface ScoreOptions {
	from?: string;
	to?: string;
	/** The clock for the campaign's as-of day (`--as-of`); the server's otherwise. */
	asOf?: string;
	/** A version per definition id; otherwise the latest signed-off one (or the draft, if none is). */
	versions?: Record<string, number>;
}

/**
 * The version of each definition that is scored: the one asked for, else the latest signed
 * off, else the latest draft (scored as a preview, marked unsigned).
 */
export function versionsToScore(
	all: readonly StoredDefinition[],
	asked: Record<string, number> = {}
): ScoredDefinition[] {
	const ids = [...new Set(all.map((d) => d.id))];
	return ids.map((id) => {
		const versions = all.filter((d) => d.id === id);
		const chosen =
			asked[id] !== undefined
				? versions.find((d) => d.version === asked[id])
				: ([...versions].reverse().find((d) => d.signedOff) ?? versions.at(-1));
		if (!chosen) throw new Error(`${id} has no version ${asked[id]}`);
		return chosen;
	});
}

/**
 * Scores a stored campaign in Node, with the same roll-up, queries and scoring code as the
 * browser: the command line's numbers are the page's numbers.
 */
export async function scoreStoredCampaign(
	context: AppContext,
	campaign: Campaign,
	options: ScoreOptions = {}
) {
	const unknown = Object.keys(options.versions ?? {}).filter(
		(id) => !context.definitions.find(campaign.id, id)
	);
	if (unknown.length > 0) throw new Error(`no definition ${unknown.join(', ')} in ${campaign.id}`);
	const definitions = versionsToScore(context.definitions.all(campaign.id), options.versions);
	const fx = listFxRates(context.db, campaign.id);
	return context.facts.useEngine(campaign.id, async (engine, facts) => {
		const fxTable = `${facts}_score_fx`;
		const base = `${facts}_score_base`;
		const daily = `${facts}_score_daily`;
		await engine.exec(fxTableSql(fxTable, fx));
		await engine.exec(scoringBaseSql(facts, fx.length > 0 ? fxTable : null, base));
		await engine.exec(dailyRollupSql(facts, fx.length > 0 ? fxTable : null, daily));
		try {
			const [span] = await engine.query(
				`SELECT min(date)::VARCHAR AS first, max(date)::VARCHAR AS last FROM ${quoteIdentifier(base)}`
			);
			const last = (span?.last as string | null) ?? null;
			const asOf = campaignAsOf(options.asOf ?? clockDate(context.config.now), last);
			const range = {
				from: options.from ?? (span?.first as string | null) ?? campaign.start ?? asOf,
				to: options.to ?? asOf
			};
			const { results, divergences } = await scoreCampaign(
				engine,
				{ base, fx: fx.length > 0 ? fxTable : null, daily },
				{
					definitions,
					markets: campaign.markets.map((m) => m.code),
					range,
					campaign: { start: campaign.start ?? range.from, end: campaign.end ?? range.to },
					reportingCurrency: campaign.reportingCurrency
				},
				withCustomMetrics(BUILT_IN_METRIC_SOURCES, context.metrics.list(campaign.id))
			);
			return { range, asOf, definitions, results, divergences };
		} finally {
			for (const table of [base, daily, fxTable]) {
				await engine.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`);
			}
		}
	});
}
