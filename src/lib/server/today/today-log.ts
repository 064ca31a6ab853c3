import type { Campaign } from '$lib/domain/campaign';
import { addDays } from '$lib/domain/scoring/date-range';
import { todayItems, type ScoreChange, type TodayItem } from '$lib/domain/today/today-items';
import type { AppContext } from '../app-context';
import { scoreOnTables, withScoringTables } from '../definitions/score-service';
import { liveSummary } from '../live/live-summary';

/** What the end-of-day log lists, and for which day. */
export interface TodayLog {
	asOf: string;
	items: TodayItem[];
	pacingTolerance: number;
}

/** A projection within this share of the budget is on pace; the log may be told otherwise. */
export const DEFAULT_PACING_TOLERANCE = 0.1;

/**
 * The end-of-day log of a campaign's as-of day: the live view's spikes and pacing, and every
 * market's to-date score under every definition yesterday against today, so that a verdict
 * that flipped or a KPI that crossed its target is listed with the day's spikes.
 */
export async function todayLog(
	context: AppContext,
	campaign: Campaign,
	options: { asOf?: string; pacingTolerance?: number } = {}
): Promise<TodayLog> {
	const summary = await liveSummary(context, campaign, { asOf: options.asOf });
	const asOf = summary.asOf;
	const scoreChanges = await withScoringTables(context, campaign, async (run) => {
		if (!run.span.first || run.span.first >= asOf) return [];
		const scored = (to: string) => scoreOnTables(context, campaign, run, { to, asOf: to });
		const [yesterday, today] = [await scored(addDays(asOf, -1)), await scored(asOf)];
		return today.results.flatMap((now): ScoreChange[] => {
			const before = yesterday.results.find(
				(r) => r.definition === now.definition && r.market === now.market
			);
			const definition = today.definitions.find((d) => d.id === now.definition)!;
			if (!before) return [];
			return [
				{
					definition: { id: definition.id, team: definition.team, version: definition.version },
					market: now.market,
					yesterday: before,
					today: now
				}
			];
		});
	});
	const pacingTolerance = options.pacingTolerance ?? DEFAULT_PACING_TOLERANCE;
	return {
		asOf,
		pacingTolerance,
		items: todayItems({
			asOf,
			spikes: summary.spikes,
			scoreChanges,
			pacing: summary.markets.map(({ market, pacing }) => ({ market, pacing })),
			pacingTolerance,
			annotations: context.annotations.list(campaign.id)
		})
	};
}
