import { VERDICT_WORDS } from '$lib/domain/scoring/verdict-words';
import type { Divergence } from '$lib/domain/scoring/divergences';
import type { ScoreResult } from '$lib/queries/score-campaign';

/** The JSON document of `parallax score`: attainment and score as ratios (1.5 = 150%). */
export function scoreDocument(input: {
	range: { from: string; to: string };
	asOf: string;
	results: ScoreResult[];
	divergences: Divergence[];
}) {
	return {
		range: input.range,
		as_of: input.asOf,
		results: input.results.map((r) => ({
			definition: r.definition,
			version: r.version,
			signed_off: r.signedOff,
			market: r.market,
			own_market: r.own,
			score: r.score,
			verdict: r.verdict,
			kpis: r.kpis.map((k) => ({
				metric: k.metric,
				actual: k.actual,
				target: k.target,
				target_rule: k.targetRule,
				unit: k.unit,
				...(k.currency ? { currency: k.currency } : {}),
				attainment: k.attainment,
				verdict: k.verdict,
				weight: k.weight
			})),
			missing: r.missing
		})),
		divergences: input.divergences.map((d) => ({
			market: d.market,
			definitions: d.definitions,
			verdicts: d.verdicts,
			overall: d.overall,
			kpis: d.kpis.map((k) => {
				const metrics = [...new Set(Object.values(k.metrics))];
				return {
					// One metric when both definitions use it; otherwise the family they share.
					metric: metrics.length === 1 ? metrics[0]! : k.family,
					metrics: k.metrics,
					verdicts: k.verdicts
				};
			})
		}))
	};
}

/** A readable summary: one line per definition and market, then the divergences. */
export function formatScores(document: ReturnType<typeof scoreDocument>): string {
	const ratio = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(0)}%`);
	const lines = [
		`Scores from ${document.range.from} to ${document.range.to} (as of ${document.as_of})`
	];
	for (const r of document.results) {
		const kpis = r.kpis.map(
			(k) => `${k.metric} ${ratio(k.attainment)} ${VERDICT_WORDS[k.verdict]}`
		);
		lines.push(
			`  ${r.market} under ${r.definition} v${r.version}${r.signed_off ? '' : ' (draft)'}: ${ratio(r.score)} ${VERDICT_WORDS[r.verdict]} | ${kpis.join(', ')}`
		);
	}
	if (document.divergences.length > 0) lines.push('Divergences:');
	for (const d of document.divergences) {
		const kpis = d.kpis.map((k) =>
			Object.entries(k.verdicts)
				.map(
					([definition, verdict]) =>
						`${k.metrics[definition]} ${VERDICT_WORDS[verdict]} under ${definition}`
				)
				.join(' vs ')
		);
		lines.push(`  ${d.market}${d.overall ? ' (overall verdicts differ)' : ''}: ${kpis.join('; ')}`);
	}
	return lines.join('\n');
}
