import type { DefinitionContent, Kpi, Verdict } from '../definitions';
import { attainment, kpiVerdict } from './attainment';
import type { DateRange } from './date-range';
import { effectiveTarget, type CampaignDates } from './targets';

/** One KPI of a definition held against one market's actual over a range. */
export interface KpiScore {
	metric: string;
	comparator: Kpi['comparator'];
	actual: number | null;
	/** The target for the range scored (count targets pro-rated). */
	target: number;
	/** How the target was reached, in words, to show next to it. */
	targetRule: string;
	unit: Kpi['unit'];
	currency?: string;
	/** Capped attainment; null when there is no actual or no ratio to take. */
	attainment: number | null;
	verdict: Verdict;
	weight: number;
}

/** One market's data scored under one version of one success definition. */
export interface DefinitionScore {
	definition: string;
	version: number;
	market: string;
	/** Weighted mean of the attainments that have a value; null when none has. */
	score: number | null;
	verdict: Verdict;
	kpis: KpiScore[];
	/** Metrics left out of the score because they have no attainment. */
	missing: string[];
}

/** What `scoreDefinition` needs: the definition, whose data, over which days, and the actuals. */
export interface ScoreDefinitionInput {
	definition: DefinitionContent & { version: number };
	market: string;
	range: DateRange;
	campaign: CampaignDates;
	/** The market's actual for a KPI over the range, money already in the KPI's currency. */
	actual: (kpi: Kpi) => number | null;
}

function scoreKpi(kpi: Kpi, input: ScoreDefinitionInput): KpiScore {
	const { target, rule } = effectiveTarget(kpi, input.range, input.campaign);
	const actual = input.actual(kpi);
	const kpiAttainment = attainment(actual, target, kpi.comparator, input.definition.cap);
	return {
		metric: kpi.metric,
		comparator: kpi.comparator,
		actual,
		target,
		targetRule: rule,
		unit: kpi.unit,
		...(kpi.currency ? { currency: kpi.currency } : {}),
		attainment: kpiAttainment,
		verdict: kpiVerdict(kpiAttainment, kpi.bands),
		weight: kpi.weight
	};
}

/**
 * Scores a market's data under a success definition: each KPI's capped attainment and
 * verdict, then the weighted mean of the attainments. A KPI without an attainment (no data,
 * or a zero target) is listed in `missing` and its weight left out, so that the score speaks
 * for the KPIs that can be measured rather than counting the others as zero; the list says
 * what the score does not cover. The overall verdict applies the definition's bands to the
 * score, or met / not met at 1 without bands.
 */
export function scoreDefinition(input: ScoreDefinitionInput): DefinitionScore {
	const { definition } = input;
	const kpis = definition.kpis.map((kpi) => scoreKpi(kpi, input));
	let weighted = 0;
	let weights = 0;
	for (const kpi of kpis) {
		if (kpi.attainment === null) continue;
		weighted += kpi.weight * kpi.attainment;
		weights += kpi.weight;
	}
	const score = weights > 0 ? weighted / weights : null;
	return {
		definition: definition.id,
		version: definition.version,
		market: input.market,
		score,
		verdict: kpiVerdict(score, definition.bands),
		kpis,
		missing: kpis.filter((kpi) => kpi.attainment === null).map((kpi) => kpi.metric)
	};
}
