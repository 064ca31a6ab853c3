import type { Annotation } from './annotations';

/** The parts of an annotation that decide what it covers. */
export type CoveringAnnotation = Pick<Annotation, 'scope' | 'time' | 'hidden'>;

/**
 * Whether an annotation speaks to a day of a market's metrics: it is not hidden, its day or
 * range includes the date, and its scope names the market (or no market: all of them) and one
 * of the metrics (or no metric). Platforms and variants in the scope do not matter: what is
 * asked about is a market's total, and a note about one platform may well be its why.
 */
export function annotationCovers(
	annotation: CoveringAnnotation,
	what: { date: string; market: string; metrics: readonly string[] }
): boolean {
	if (annotation.hidden) return false;
	const { scope, time } = annotation;
	const inTime =
		'at' in time ? time.at === what.date : time.from <= what.date && what.date <= time.to;
	return (
		inTime &&
		(scope.markets.length === 0 || scope.markets.includes(what.market)) &&
		(scope.metrics.length === 0 || scope.metrics.some((metric) => what.metrics.includes(metric)))
	);
}
