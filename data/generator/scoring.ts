import type { SuccessDefinition } from './definitions';
import { computeMetric, type CatalogMetric, type FactTotals } from './metrics';

/** How one KPI reads on one market's totals. */
export interface KpiReading {
	metric: CatalogMetric;
	actual: number | null;
	target: number;
	/** actual / target, or target / actual when lower is better; uncapped. */
	attainment: number | null;
	verdict: Verdict;
}

/** The verdict of the bands. */
export type Verdict = 'on target' | 'close' | 'off target' | 'no data';

/** One market's totals read under one definition. */
export interface DefinitionReading {
	definition: string;
	kpis: KpiReading[];
	/** Weighted mean of attainment capped at ATTAINMENT_CAP. */
	score: number;
}

/** Cap on a KPI's attainment in the weighted score, so one great KPI cannot hide a bad one. */
export const ATTAINMENT_CAP = 1.2;

/** Scores one market's totals under a definition, KPI by KPI. */
export function readUnderDefinition(
	definition: SuccessDefinition,
	totals: FactTotals
): DefinitionReading {
	const kpis = definition.kpis.map((kpi): KpiReading => {
		const actual = computeMetric(kpi.metric, totals);
		const attainment =
			actual === null || actual === 0
				? null
				: kpi.comparator === '>='
					? actual / kpi.target
					: kpi.target / actual;
		const verdict: Verdict =
			attainment === null
				? 'no data'
				: attainment >= kpi.bands.good
					? 'on target'
					: attainment >= kpi.bands.ok
						? 'close'
						: 'off target';
		return { metric: kpi.metric, actual, target: kpi.target, attainment, verdict };
	});
	let weighted = 0;
	let weights = 0;
	definition.kpis.forEach((kpi, index) => {
		const attainment = kpis[index]?.attainment;
		if (attainment === null || attainment === undefined) return;
		weighted += kpi.weight * Math.min(attainment, ATTAINMENT_CAP);
		weights += kpi.weight;
	});
	return { definition: definition.id, kpis, score: weights > 0 ? weighted / weights : 0 };
}
