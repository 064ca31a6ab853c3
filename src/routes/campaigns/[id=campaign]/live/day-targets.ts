import type { LiveKpi } from '$lib/domain/live/live-kpis';

/** A market's card as far as its targets go. */
interface TargetCard {
	market: string;
	metrics: readonly Pick<LiveKpi, 'metric' | 'window' | 'unit' | 'target'>[];
}

/**
 * The line each shown market's chart draws at its own day target for `metric`: the first such
 * KPI on its card. Count targets are set for a period, so a daily line would mislead: those
 * are left to the cards.
 */
export function dayTargets(
	cards: readonly TargetCard[],
	shown: readonly string[],
	metric: string
): { market: string; target: number }[] {
	return cards.flatMap((card) =>
		shown.includes(card.market)
			? card.metrics
					.filter((kpi) => kpi.metric === metric && kpi.window === 'day' && kpi.unit !== 'count')
					.slice(0, 1)
					.map((kpi) => ({ market: card.market, target: kpi.target }))
			: []
	);
}
