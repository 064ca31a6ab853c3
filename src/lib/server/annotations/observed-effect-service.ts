import type { Annotation } from '$lib/domain/annotations';
import type { Campaign } from '$lib/domain/campaign';
import { observedEffect, type ObservedEffect } from '$lib/domain/effects/observed-effect';
import { addDays } from '$lib/domain/scoring/date-range';
import { dailyMetricByMarket } from '$lib/queries/daily-metric';
import type { AppContext } from '../app-context';
import {
	campaignMetricSources,
	scoringAsOf,
	withScoringTables,
	type ScoringRun
} from '../definitions/score-service';

/** Days compared before and after a decision unless the reader asks for another number. */
export const DEFAULT_EFFECT_DAYS = 7;
/** The longest window a reader may ask for: a campaign's live weeks rarely run longer. */
export const MAX_EFFECT_DAYS = 60;

/** What an observed effect is measured from, beside the decision. */
export interface EffectOptions {
	/** N: days before and after the decision (`DEFAULT_EFFECT_DAYS` unless given). */
	days?: number;
	/** The clock for the as-of day; the server's otherwise. */
	asOf?: string;
}

/** A decision's observed effect, or why there is none, per decision id. */
export type ObservedEffects = Map<string, ObservedEffect | { status: 'no_expectation' }>;

/**
 * Measures the observed effect of every decision that names an expected effect, in one pass
 * over the campaign's scoring tables: the expected metric per market and day (on the
 * decision's platforms, if it names any), then the pure difference-in-differences.
 */
export function observedEffects(
	context: AppContext,
	campaign: Campaign,
	decisions: readonly Annotation[],
	options: EffectOptions = {}
): Promise<ObservedEffects> {
	return withScoringTables(context, campaign, (run) =>
		effectsOnTables(context, campaign, run, decisions, options)
	);
}

/** The same on scoring tables already built (see `withScoringTables`). */
export async function effectsOnTables(
	context: AppContext,
	campaign: Campaign,
	{ engine, tables, span }: ScoringRun,
	decisions: readonly Annotation[],
	options: EffectOptions = {}
): Promise<ObservedEffects> {
	const days = options.days ?? DEFAULT_EFFECT_DAYS;
	const markets = campaign.markets.map((m) => m.code);
	const metrics = campaignMetricSources(context, campaign.id);
	const lastDay = scoringAsOf(context, span.last, options.asOf);
	const effects: ObservedEffects = new Map();
	for (const decision of decisions) {
		const expected = decision.kind === 'decision' ? decision.expectedEffect : undefined;
		if (!expected || !metrics.has(expected.metric)) {
			effects.set(decision.id, { status: 'no_expectation' });
			continue;
		}
		const start = 'at' in decision.time ? decision.time.at : decision.time.from;
		const series = await dailyMetricByMarket(
			engine,
			tables,
			{
				metric: expected.metric,
				markets,
				from: addDays(start, -days),
				to: addDays(start, days - 1),
				platforms: decision.scope.platforms
			},
			metrics
		);
		effects.set(
			decision.id,
			observedEffect(series, {
				scopeMarkets: decision.scope.markets,
				markets,
				start,
				days,
				direction: expected.direction,
				lastDay
			})
		);
	}
	return effects;
}
