import { annotationCovers } from '../annotation-covers';
import type { Annotation } from '../annotations';
import type { Spike } from './detect-spikes';

/** The parts of an annotation that decide whether it explains a spike. */
export type ExplainingAnnotation = Pick<Annotation, 'id' | 'scope' | 'time' | 'hidden'>;

/** A spike with the annotations that explain it; none means it still needs a why. */
export type ExplainedSpike = Spike & {
	explained: boolean;
	/** Ids of the visible annotations covering the spike's day, market and metric. */
	explainedBy: string[];
};

/**
 * Whether an annotation explains a spike: any kind, not hidden, its day or range covers the
 * spike's date, and its scope names the spike's market (or no market: all of them) and its
 * metric (or no metric). Platforms and variants in the scope do not matter: a spike is a
 * market's total, and a note about one platform may well be its why.
 */
export function annotationExplains(
	annotation: ExplainingAnnotation,
	spike: Pick<Spike, 'date' | 'market' | 'metric'>
): boolean {
	return annotationCovers(annotation, {
		date: spike.date,
		market: spike.market,
		metrics: [spike.metric]
	});
}

/** Each spike with the annotations that explain it. */
export function explainSpikes(
	spikes: readonly Spike[],
	annotations: readonly ExplainingAnnotation[]
): ExplainedSpike[] {
	return spikes.map((spike) => {
		const explainedBy = annotations
			.filter((annotation) => annotationExplains(annotation, spike))
			.map((annotation) => annotation.id);
		return { ...spike, explained: explainedBy.length > 0, explainedBy };
	});
}
