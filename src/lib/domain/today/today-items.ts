import { annotationCovers } from '../annotation-covers';
import type { Verdict } from '../definitions';
import type { Pacing } from '../live/pacing';
import type { DefinitionScore } from '../scoring/score-definition';
import type { ExplainedSpike, ExplainingAnnotation } from '../spikes/spike-explanations';

/** What every item of the end-of-day log has: where it is, and whether someone wrote on it. */
interface ItemBase {
	/** Stable across reloads, so the page keeps its place in the list. */
	key: string;
	date: string;
	market: string;
	/** The metrics the item is about; an annotation naming one of them (or none) covers it. */
	metrics: string[];
	/** Ids of the visible annotations that cover the item's day, market and metrics. */
	coveredBy: string[];
}

/** Something the as-of day did that may need a line in the log. */
export type TodayItem = ItemBase &
	(
		| { kind: 'spike'; spike: ExplainedSpike }
		| {
				kind: 'verdict_flip';
				definition: { id: string; team: string; version: number };
				before: Verdict;
				after: Verdict;
		  }
		| {
				kind: 'target_crossed';
				definition: { id: string; team: string; version: number };
				/** `met`: it reached its target today; `lost`: it fell below it today. */
				direction: 'met' | 'lost';
				actual: number | null;
				target: number;
		  }
		| {
				kind: 'pacing_off';
				/** Projected spend at the end over the budget: 1.2 is 20 % over. */
				ratio: number;
				pacing: Pacing;
		  }
	);

/** A definition's score of one market, to date, on two consecutive days. */
export interface ScoreChange {
	definition: { id: string; team: string; version: number };
	market: string;
	yesterday: DefinitionScore;
	today: DefinitionScore;
}

/** What the end-of-day log is built from. */
export interface TodayInput {
	asOf: string;
	spikes: readonly ExplainedSpike[];
	scoreChanges: readonly ScoreChange[];
	pacing: readonly { market: string; pacing: Pacing }[];
	/** How far the projection may stray from the budget before it is listed (0.1: 10 %). */
	pacingTolerance: number;
	annotations: readonly ExplainingAnnotation[];
}

/**
 * The as-of day's end-of-day log: its spikes, every verdict that flipped under any definition
 * (its to-date score yesterday against today), each KPI that crossed its target today, and the
 * markets whose projected spend strays from the budget by more than the tolerance. An item is
 * covered once an annotation covers its day, market and one of its metrics (`annotationCovers`),
 * the rule that explains a spike.
 */
export function todayItems(input: TodayInput): TodayItem[] {
	const { asOf } = input;
	const covered = (market: string, metrics: string[]) =>
		input.annotations
			.filter((annotation) => annotationCovers(annotation, { date: asOf, market, metrics }))
			.map((annotation) => annotation.id);
	const items: TodayItem[] = [];
	for (const spike of input.spikes) {
		if (spike.date !== asOf) continue;
		items.push({
			kind: 'spike',
			key: `spike:${spike.market}:${spike.metric}`,
			date: asOf,
			market: spike.market,
			metrics: [spike.metric],
			coveredBy: spike.explainedBy,
			spike
		});
	}
	for (const change of input.scoreChanges) {
		const { definition, market, yesterday, today } = change;
		const metrics = today.kpis.map((kpi) => kpi.metric);
		if (yesterday.verdict !== today.verdict) {
			items.push({
				kind: 'verdict_flip',
				key: `flip:${definition.id}:${market}`,
				date: asOf,
				market,
				metrics,
				coveredBy: covered(market, metrics),
				definition,
				before: yesterday.verdict,
				after: today.verdict
			});
		}
		for (const kpi of today.kpis) {
			const before = yesterday.kpis.find((k) => k.metric === kpi.metric);
			const metNow = (kpi.attainment ?? 0) >= 1;
			const metBefore = (before?.attainment ?? 0) >= 1;
			if (!before || metNow === metBefore || kpi.attainment === null) continue;
			items.push({
				kind: 'target_crossed',
				key: `target:${definition.id}:${market}:${kpi.metric}`,
				date: asOf,
				market,
				metrics: [kpi.metric],
				coveredBy: covered(market, [kpi.metric]),
				definition,
				direction: metNow ? 'met' : 'lost',
				actual: kpi.actual,
				target: kpi.target
			});
		}
	}
	for (const { market, pacing } of input.pacing) {
		const budget = pacing.budget?.local;
		const projected = pacing.projected?.local;
		if (!budget || projected === undefined) continue;
		const ratio = projected / budget;
		if (Math.abs(ratio - 1) <= input.pacingTolerance) continue;
		items.push({
			kind: 'pacing_off',
			key: `pacing:${market}`,
			date: asOf,
			market,
			metrics: ['spend'],
			coveredBy: covered(market, ['spend']),
			ratio,
			pacing
		});
	}
	return items;
}
