import type { Divergence } from '$lib/domain/scoring/divergences';
import { VERDICT_WORDS } from '$lib/domain/scoring/verdict-words';

/** The metrics a divergence is about, each once, in the order the KPIs name them. */
export function divergentMetrics(divergence: Divergence): string[] {
	return [...new Set(divergence.kpis.flatMap((k) => Object.values(k.metrics)))];
}

/**
 * A disagreement about a divergence, written out from the cross-read: a title naming the
 * market and the teams, and a body with each team's reading over the range.
 */
export function disagreementDraft(
	divergence: Divergence,
	teamOf: (definition: string) => string,
	range: { from: string; to: string }
): { kind: 'disagreement'; title: string; body: string } {
	const teams = divergence.definitions.map(teamOf).join(' and ');
	const readings = divergence.kpis.flatMap((k) =>
		Object.entries(k.metrics).map(
			([definition, metric]) =>
				`- ${teamOf(definition)}: ${metric} ${VERDICT_WORDS[k.verdicts[definition]!]}`
		)
	);
	const overall = divergence.definitions.map(
		(d) => `- ${teamOf(d)} overall: ${VERDICT_WORDS[divergence.verdicts[d]!]}`
	);
	return {
		kind: 'disagreement',
		title: `${divergence.market} reads differently under ${teams}`,
		body: [`From ${range.from} to ${range.to}:`, '', ...readings, ...overall].join('\n')
	};
}
