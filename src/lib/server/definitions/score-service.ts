import { campaignAsOf, clockDate } from '$lib/domain/as-of';
import type { Campaign } from '$lib/domain/campaign';
import {
	scoreCampaign,
	type ScoredDefinition,
	type ScoringTables
} from '$lib/queries/score-campaign';
import type { Engine } from '$lib/engine/engine';
import { BUILT_IN_METRIC_SOURCES } from '$lib/domain/metrics/catalog';
import { withCustomMetrics } from '$lib/domain/metrics/custom-metrics';
import { fxTableSql } from '$lib/sql/fx-table-sql';
import { quoteIdentifier } from '$lib/sql/quote';
import { dailyRollupSql } from '$lib/sql/chart-series-sql';
import { scoringBaseSql } from '$lib/sql/scoring-base-sql';
import type { AppContext } from '../app-context';
import { listFxRates } from '../fx-store';
import type { StoredDefinition } from './definition-store';
import { storedTimingActuals } from '../timeline/timeline-service';

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

/** The tables one scoring run reads, built for a campaign and dropped after `run`. */
export interface ScoringRun {
	engine: Engine;
	tables: ScoringTables;
	/** First and last day with data, or null when there is none. */
	span: { first: string | null; last: string | null };
}

/**
 * Builds a campaign's scoring tables (FX, scoring base, daily roll-up) in its engine, runs
 * `run` on them and drops them again, so that every reader of scores (the scoreboard's command
 * line, observed effects, the retrospective) starts from the same tables.
 */
export async function withScoringTables<T>(
	context: AppContext,
	campaign: Campaign,
	run: (scoring: ScoringRun) => Promise<T>
): Promise<T> {
	const fx = listFxRates(context.db, campaign.id);
	return context.facts.useEngine(campaign.id, async (engine, facts) => {
		const fxTable = `${facts}_score_fx`;
		const base = `${facts}_score_base`;
		const daily = `${facts}_score_daily`;
		await engine.exec(fxTableSql(fxTable, fx, campaign.reportingCurrency));
		await engine.exec(scoringBaseSql(facts, fx.length > 0 ? fxTable : null, base));
		await engine.exec(dailyRollupSql(facts, fx.length > 0 ? fxTable : null, daily));
		try {
			const [span] = await engine.query(
				`SELECT min(date)::VARCHAR AS first, max(date)::VARCHAR AS last FROM ${quoteIdentifier(base)}`
			);
			return await run({
				engine,
				tables: { base, fx: fx.length > 0 ? fxTable : null, daily },
				span: {
					first: (span?.first as string | null) ?? null,
					last: (span?.last as string | null) ?? null
				}
			});
		} finally {
			for (const table of [base, daily, fxTable]) {
				await engine.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`);
			}
		}
	});
}

/** The as-of day of a campaign's scores: the clock asked for (or the server's), capped at the data. */
export function scoringAsOf(context: AppContext, lastDay: string | null, asOf?: string): string {
	return campaignAsOf(asOf ?? clockDate(context.config.now), lastDay);
}

/**
 * Scores a stored campaign in Node, with the same roll-up, queries and scoring code as the
 * browser: the command line's numbers are the page's numbers.
 */
export function scoreStoredCampaign(
	context: AppContext,
	campaign: Campaign,
	options: ScoreOptions = {}
): Promise<StoredScores> {
	return withScoringTables(context, campaign, (run) =>
		scoreOnTables(context, campaign, run, options)
	);
}

/** What scoring a stored campaign gives: the days and versions scored, and the scores. */
export type StoredScores = Awaited<ReturnType<typeof scoreOnTables>>;

/**
 * Scores a stored campaign on scoring tables already built (see `withScoringTables`), for
 * readers that need more than the scores from the same tables.
 */
export async function scoreOnTables(
	context: AppContext,
	campaign: Campaign,
	{ engine, tables, span }: ScoringRun,
	options: ScoreOptions = {}
) {
	const unknown = Object.keys(options.versions ?? {}).filter(
		(id) => !context.definitions.find(campaign.id, id)
	);
	if (unknown.length > 0) throw new Error(`no definition ${unknown.join(', ')} in ${campaign.id}`);
	const definitions = versionsToScore(context.definitions.all(campaign.id), options.versions);
	const asOf = scoringAsOf(context, span.last, options.asOf);
	const range = {
		from: options.from ?? span.first ?? campaign.start ?? asOf,
		to: options.to ?? asOf
	};
	const { results, divergences } = await scoreCampaign(
		engine,
		tables,
		{
			definitions,
			markets: campaign.markets.map((m) => m.code),
			range,
			campaign: { start: campaign.start ?? range.from, end: campaign.end ?? range.to },
			reportingCurrency: campaign.reportingCurrency,
			actualsByMarket: storedTimingActuals(context, campaign)
		},
		campaignMetricSources(context, campaign.id)
	);
	return { range, asOf, definitions, results, divergences };
}

/** The metrics a campaign's definitions may use: the built-in ones and its own. */
export function campaignMetricSources(context: AppContext, campaignId: string) {
	return withCustomMetrics(BUILT_IN_METRIC_SOURCES, context.metrics.list(campaignId));
}
