import { annotationStart, type Annotation } from '../annotations';
import type { Campaign } from '../campaign';
import type { MetricUnit } from '../chart-metrics';
import type { DefinitionContent } from '../definitions';
import type { ObservedEffect } from '../effects/observed-effect';
import type { MarketTimeline } from '../timeline/campaign-timeline';
import type { DefinitionScore } from '../scoring/score-definition';
import { observedEffectOf, openQuestionOf } from './retro-effects';
import type {
	RetroDecision,
	RetroDefinitionHeading,
	RetroDisagreement,
	RetroDocument,
	RetroEntry,
	RetroMarketOutcome
} from './retro-document';
import { VERDICT_WORDS } from '../scoring/verdict-words';
import { formatAmount, formatDays, formatMoment, formatShare } from './retro-format';
import { buildRetroTiming } from './retro-timing';

/** A metric as the retrospective names and writes it. */
export interface RetroMetric {
	label: string;
	unit: MetricUnit;
}

/** Everything a retrospective is made from, already read and computed. */
export interface RetroInputs {
	campaign: Campaign;
	asOf: string;
	range: { from: string; to: string };
	effectDays: number;
	definitions: readonly (Pick<DefinitionContent, 'id' | 'team' | 'markets'> & {
		version: number;
		signedOff: boolean;
	})[];
	/** Every market under every definition; `own` when the definition applies to the market. */
	results: readonly (DefinitionScore & { own: boolean })[];
	/** The campaign's visible annotations, in any order. */
	annotations: readonly Annotation[];
	/** Each decision's observed effect by annotation id. */
	effects: ReadonlyMap<string, ObservedEffect | { status: 'no_expectation' }>;
	metrics: ReadonlyMap<string, RetroMetric>;
	/** Display names by account id. */
	names: ReadonlyMap<string, string>;
	/** Every market's phases planned against actual and its timing metrics. */
	timeline: readonly MarketTimeline[];
}

/**
 * Builds the retrospective: each market's outcome under every definition (its own first), the
 * decisions in time order with why, alternatives and expected against observed effect, the
 * disagreements with their positions and how they ended, what is still open, the learnings
 * and the notes, and the timing: what slipped, what it cost and what buffer to plan. Every
 * number is written here, once.
 */
export function buildRetro(inputs: RetroInputs): RetroDocument {
	const { campaign } = inputs;
	const annotations = [...inputs.annotations].sort(
		(a, b) =>
			annotationStart(a.time).localeCompare(annotationStart(b.time)) || a.id.localeCompare(b.id)
	);
	const titles = new Map(annotations.map((a) => [a.id, a.title]));
	const entryOf = (annotation: Annotation): RetroEntry => ({
		id: annotation.id,
		title: annotation.title,
		when: formatDays(annotation.time),
		markets: annotation.scope.markets,
		metrics: annotation.scope.metrics,
		platforms: annotation.scope.platforms,
		author: nameOf(annotation.authorId, inputs.names),
		body: annotation.body,
		related: annotation.links
			.filter((id) => titles.has(id))
			.map((id) => ({ id, title: titles.get(id)! }))
	});
	const decisions = annotations
		.filter((a) => a.kind === 'decision')
		.map((a): RetroDecision => decisionOf(a, entryOf(a), inputs));
	const disagreements = annotations
		.filter((a) => a.kind === 'disagreement')
		.map((a): RetroDisagreement => disagreementOf(a, entryOf(a), inputs.names));
	return {
		campaign: {
			id: campaign.id,
			name: campaign.name,
			start: campaign.start ?? null,
			end: campaign.end ?? null,
			reportingCurrency: campaign.reportingCurrency,
			markets: campaign.markets.map((m) => ({ code: m.code, name: m.name }))
		},
		asOf: inputs.asOf,
		range: inputs.range,
		effectDays: inputs.effectDays,
		definitions: inputs.definitions.map((d): RetroDefinitionHeading => ({
			id: d.id,
			team: d.team,
			version: d.version,
			signedOff: d.signedOff,
			markets: d.markets
		})),
		outcomes: outcomesOf(inputs),
		timing: buildRetroTiming(campaign.markets, inputs.timeline),
		decisions,
		disagreements,
		openQuestions: [
			...disagreements.flatMap((d) => openQuestionOf(d) ?? []),
			...decisions.flatMap((d) => openQuestionOf(d) ?? [])
		],
		learnings: annotations.filter((a) => a.kind === 'learning').map(entryOf),
		notes: annotations.filter((a) => a.kind === 'note').map(entryOf)
	};
}

function outcomesOf(inputs: RetroInputs): RetroMarketOutcome[] {
	const currency = inputs.campaign.reportingCurrency;
	return inputs.campaign.markets.map((market) => {
		const scored = inputs.definitions.flatMap((definition) => {
			const result = inputs.results.find(
				(r) => r.market === market.code && r.definition === definition.id
			);
			return result ? [{ definition, result }] : [];
		});
		// The market's own definition leads; the others follow in their usual order.
		scored.sort((a, b) => Number(b.result.own) - Number(a.result.own));
		return {
			market: market.code,
			name: market.name,
			definitions: scored.map(({ definition, result }) => ({
				definition: definition.id,
				team: definition.team,
				own: result.own,
				score: formatShare(result.score),
				verdict: VERDICT_WORDS[result.verdict],
				missing: result.missing,
				kpis: result.kpis.map((kpi) => ({
					metric: kpi.metric,
					label: inputs.metrics.get(kpi.metric)?.label ?? kpi.metric,
					comparator: kpi.comparator === '>=' ? '≥' : '≤',
					actual: formatAmount(kpi.actual, kpi.unit, kpi.currency ?? currency),
					target: formatAmount(kpi.target, kpi.unit, kpi.currency ?? currency),
					attainment: formatShare(kpi.attainment),
					verdict: VERDICT_WORDS[kpi.verdict],
					weight: formatShare(kpi.weight)
				}))
			}))
		};
	});
}

function decisionOf(annotation: Annotation, entry: RetroEntry, inputs: RetroInputs): RetroDecision {
	const expected = annotation.expectedEffect;
	const metric = expected && inputs.metrics.get(expected.metric);
	return {
		...entry,
		why: annotation.why?.trim() || null,
		alternatives: annotation.alternatives ?? [],
		expected: expected
			? `${metricName(expected.metric, metric)} ${expected.direction}${expected.by ? ` by ${expected.by}` : ''}`
			: null,
		observed: observedEffectOf(
			inputs.effects.get(annotation.id) ?? { status: 'no_expectation' },
			metric ? metric.unit : 'ratio',
			inputs.campaign.reportingCurrency
		)
	};
}

function disagreementOf(
	annotation: Annotation,
	entry: RetroEntry,
	names: ReadonlyMap<string, string>
): RetroDisagreement {
	const resolution = annotation.resolution ?? null;
	return {
		...entry,
		positions: (annotation.positions ?? []).map((p) => ({
			party: p.party,
			person: nameOf(p.accountId ?? null, names),
			reading: p.reading,
			argument: p.argument
		})),
		resolution: resolution && {
			outcome: resolution.outcome,
			by: nameOf(resolution.by, names),
			at: formatMoment(resolution.at)
		}
	};
}

/** "Spend", or "Engagement rate by reach (er_reach)" when the label does not say the id. */
function metricName(id: string, metric: RetroMetric | null | undefined): string {
	if (!metric) return id;
	return metric.label.toLowerCase() === id ? metric.label : `${metric.label} (${id})`;
}

function nameOf(accountId: string | null, names: ReadonlyMap<string, string>): string | null {
	return accountId === null ? null : (names.get(accountId) ?? null);
}
