import type { Campaign } from '$lib/domain/campaign';
import { CHART_METRICS } from '$lib/domain/chart-metrics';
import { hasDayValues } from '$lib/domain/live/day-values';
import { liveKpis, type LiveKpi, type MetricShape } from '$lib/domain/live/live-kpis';
import { budgetRate, marketDaySpend, type RecordedSpend } from '$lib/domain/live/market-spend';
import { spendPacing, type Pacing } from '$lib/domain/live/pacing';
import { scalesWithDays } from '$lib/domain/live/scales-with-days';
import { compareSourcing, type SourcingComparison } from '$lib/domain/live/sourcing-comparison';
import { WEEK_DAYS } from '$lib/domain/live/week-change';
import type { MetricSource } from '$lib/domain/metrics/check';
import { addDays } from '$lib/domain/scoring/date-range';
import {
	detectSpikes,
	SPIKE_RULES,
	type DailySeries,
	type SpikeRules
} from '$lib/domain/spikes/detect-spikes';
import { explainSpikes, type ExplainedSpike } from '$lib/domain/spikes/spike-explanations';
import { creatorEngagement } from '$lib/queries/creator-engagement';
import { dailyMetricByMarket } from '$lib/queries/daily-metric';
import { localSpendSql, toLocalSpendRows } from '$lib/queries/local-spend';
import { compiledTree } from '$lib/queries/score-campaign';
import type { AppContext } from '../app-context';
import { listCreators } from '../creator-store';
import {
	campaignMetricSources,
	scoreOnTables,
	scoringAsOf,
	withScoringTables,
	type ScoringRun
} from '../definitions/score-service';
import { listFxRates } from '../fx-store';

/** The clock for the as-of day (`--as-of`); the server's otherwise. */
export interface LiveOptions {
	asOf?: string;
}

/** One market's card: its own KPIs on the as-of day and its spend pacing. */
export interface MarketLive {
	market: string;
	currency: string;
	metrics: LiveKpi[];
	pacing: Pacing;
	/** The metrics whose daily series were searched for spikes: its KPIs and the chart's. */
	watched: string[];
	/** Each KPI's daily values over the last four weeks up to the as-of day, for a sparkline. */
	recent: Record<string, readonly { date: string; value: number | null }[]>;
}

/** How many days a card's sparkline shows. */
export const RECENT_DAYS = 28;

/** What the live view shows of a campaign on its as-of day. */
export interface LiveSummary {
	asOf: string;
	/** The last day with data, or null when there is none. */
	lastDay: string | null;
	reportingCurrency: string;
	markets: MarketLive[];
	/** Every spike up to the as-of day, by date, market and metric; unexplained ones need a why. */
	spikes: ExplainedSpike[];
	rules: SpikeRules;
	/** Existing network against cold outreach per market, from the first day to the as-of day. */
	sourcing: SourcingComparison[];
}

/**
 * A stored campaign's live view on its as-of day, from the scoreboard's own tables and metric
 * SQL so that its numbers are the scoreboard's. Per market: the KPIs of its own success
 * definitions (the versions the scoreboard scores) on the as-of day against their one-day
 * targets, with the change over the week before (metrics of reach or followers to date
 * instead); its spend pacing against its budget; the spikes of its KPIs and of the live
 * chart's metrics up to the as-of day, each with the annotations that explain it; and the
 * sourcing comparison of its creators.
 */
export async function liveSummary(
	context: AppContext,
	campaign: Campaign,
	options: LiveOptions = {}
): Promise<LiveSummary> {
	// Read before the scoring run: the facts queue runs one task at a time, so a read from
	// inside the run would wait for the run itself.
	const recorded = toLocalSpendRows(
		await context.facts.queryFacts(campaign.id, (facts) => localSpendSql(facts))
	);
	return withScoringTables(context, campaign, (run) =>
		summaryOnTables(context, campaign, run, recorded, options)
	);
}

async function summaryOnTables(
	context: AppContext,
	campaign: Campaign,
	run: ScoringRun,
	recorded: readonly RecordedSpend[],
	options: LiveOptions
): Promise<LiveSummary> {
	const { engine, tables, span } = run;
	const asOf = scoringAsOf(context, span.last, options.asOf);
	const markets = campaign.markets.map((m) => m.code);
	const sources = campaignMetricSources(context, campaign.id);
	const first = span.first && span.first <= asOf ? span.first : asOf;
	const weekAgo = addDays(asOf, -WEEK_DAYS);
	const score = (from: string, to: string) =>
		scoreOnTables(context, campaign, run, { from, to, asOf });
	const day = await score(asOf, asOf);
	const week = await score(weekAgo, addDays(asOf, -1));
	const toDate = await score(first, asOf);
	const toDateWeekAgo = weekAgo >= first ? await score(first, weekAgo) : null;

	const own = (market: string) => day.results.filter((r) => r.own && r.market === market);
	const watched = new Map(
		markets.map((market) => {
			const ids = [
				...own(market).flatMap((r) => r.kpis.map((k) => k.metric)),
				...CHART_METRICS.map((m) => m.id)
			];
			return [market, [...new Set(ids)].filter((id) => sources.has(id))];
		})
	);
	const metrics = [...new Set([...watched.values()].flat())];
	const series = await dailySeries(run, markets, metrics, asOf, sources);
	const seriesOf = (market: string, metric: string) =>
		series.find((s) => s.market === market && s.metric === metric)?.values ?? [];
	const shape = (metric: string): MetricShape => {
		if (!sources.has(metric)) return { dayValues: true, grows: false };
		const tree = compiledTree(metric, sources);
		return { dayValues: hasDayValues(tree), grows: scalesWithDays(tree) };
	};

	const rates = listFxRates(context.db, campaign.id);
	const cards = campaign.markets.map((market): MarketLive => {
		const same = (scores: typeof day | null, definition: string) =>
			scores?.results.find((r) => r.definition === definition && r.market === market.code) ?? null;
		return {
			market: market.code,
			currency: market.currency,
			metrics: own(market.code).flatMap((result) =>
				liveKpis({
					scores: {
						day: result,
						week: same(week, result.definition),
						toDate: same(toDate, result.definition),
						toDateWeekAgo: same(toDateWeekAgo, result.definition)
					},
					asOf,
					first,
					shape,
					daysWithData: (metric) =>
						seriesOf(market.code, metric).filter(
							(v) => v.value !== null && v.date >= weekAgo && v.date < asOf
						).length
				})
			),
			pacing: spendPacing({
				days: marketDaySpend(market, seriesOf(market.code, 'spend'), recorded),
				asOf,
				end: campaign.end ?? null,
				budget: campaign.budgets[market.code] ?? null,
				budgetRate: budgetRate(rates, market.currency, campaign.reportingCurrency, asOf)
			}),
			watched: watched.get(market.code) ?? [],
			recent: Object.fromEntries(
				own(market.code)
					.flatMap((result) => result.kpis.map((kpi) => kpi.metric))
					.map((metric) => [
						metric,
						seriesOf(market.code, metric).filter(
							(v) => v.date > addDays(asOf, -RECENT_DAYS) && v.date <= asOf
						)
					])
			)
		};
	});

	// Every market's series of a metric is a peer for borrowed baselines, watched or not.
	const found = detectSpikes(series).filter((spike) =>
		watched.get(spike.market)?.includes(spike.metric)
	);
	const engagement = span.first
		? await creatorEngagement(engine, tables, { markets, from: span.first, to: asOf }, sources)
		: [];
	return {
		asOf,
		lastDay: span.last,
		reportingCurrency: campaign.reportingCurrency,
		markets: cards,
		spikes: explainSpikes(found, context.annotations.list(campaign.id)),
		rules: SPIKE_RULES,
		sourcing: compareSourcing(listCreators(context.db, campaign.id), engagement, markets)
	};
}

/**
 * Each metric's daily series per market from the first day of data to the as-of day, by the
 * scoreboard's metric SQL (money in the reporting currency).
 */
async function dailySeries(
	{ engine, tables, span }: ScoringRun,
	markets: readonly string[],
	metrics: readonly string[],
	asOf: string,
	sources: ReadonlyMap<string, MetricSource>
): Promise<DailySeries[]> {
	if (!span.first || span.first > asOf || markets.length === 0) return [];
	const series: DailySeries[] = [];
	for (const metric of metrics) {
		const days = await dailyMetricByMarket(
			engine,
			tables,
			{ metric, markets, from: span.first, to: asOf },
			sources
		);
		for (const market of markets) {
			series.push({
				market,
				metric,
				values: days.filter((d) => d.market === market).map(({ date, value }) => ({ date, value }))
			});
		}
	}
	return series;
}
