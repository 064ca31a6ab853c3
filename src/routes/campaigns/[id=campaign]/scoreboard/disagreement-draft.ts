import type { Divergence } from '$lib/domain/scoring/divergences';
import { formatList } from '$lib/components/i18n/list-format';
import { verdictLabel } from '$lib/components/scoring/verdict-label';
import { m } from '$lib/paraglide/messages';

/** The metrics a divergence is about, each once, in the order the KPIs name them. */
export function divergentMetrics(divergence: Divergence): string[] {
	return [...new Set(divergence.kpis.flatMap((k) => Object.values(k.metrics)))];
}

/**
 * A disagreement about a divergence, written out from the cross-read in the writer's language:
 * a title naming the market and the teams, and a body with each team's reading over the range.
 */
export function disagreementDraft(
	divergence: Divergence,
	teamOf: (definition: string) => string,
	range: { from: string; to: string }
): { kind: 'disagreement'; title: string; body: string } {
	const teams = formatList(divergence.definitions.map(teamOf));
	const readings = divergence.kpis.flatMap((k) =>
		Object.entries(k.metrics).map(
			([definition, metric]) =>
				`- ${teamOf(definition)}: ${metric} ${verdictLabel(k.verdicts[definition]!)}`
		)
	);
	const overall = divergence.definitions.map(
		(d) =>
			`- ${m.scoreboard_draft_overall({ team: teamOf(d), verdict: verdictLabel(divergence.verdicts[d]!) })}`
	);
	return {
		kind: 'disagreement',
		title: m.scoreboard_draft_title({ market: divergence.market, teams }),
		body: [m.scoreboard_draft_range(range), '', ...readings, ...overall].join('\n')
	};
}
