import type { Bands, Kpi, Verdict } from '../definitions';

/**
 * How far an actual goes towards its target: actual/target when higher is better,
 * target/actual when lower is better, never above `cap`. Null when there is no actual or
 * the ratio has no value (a zero target when higher is better). When lower is better an
 * actual of 0 (a cost of nothing) meets any target fully, so it scores the cap rather than
 * no value.
 */
export function attainment(
	actual: number | null,
	target: number,
	comparator: Kpi['comparator'],
	cap: number
): number | null {
	if (actual === null || !Number.isFinite(actual)) return null;
	if (comparator === '>=') return target === 0 ? null : Math.min(actual / target, cap);
	return actual === 0 ? cap : Math.min(target / actual, cap);
}

/**
 * The verdict on an attainment: with bands, win / on track / miss at their thresholds;
 * without, met at 1 (100%) or not met; no data when there is no attainment.
 */
export function kpiVerdict(attainment: number | null, bands?: Bands): Verdict {
	if (attainment === null) return 'no_data';
	if (!bands) return attainment >= 1 ? 'met' : 'not_met';
	if (attainment >= bands.win) return 'win';
	if (attainment >= bands.onTrack) return 'on_track';
	return 'miss';
}

/**
 * A verdict as a rank, so that verdicts with and without bands compare: miss and not met
 * are 0, on track 1, win and met 2; no data has no rank.
 */
export function verdictLevel(verdict: Verdict): 0 | 1 | 2 | null {
	switch (verdict) {
		case 'miss':
		case 'not_met':
			return 0;
		case 'on_track':
			return 1;
		case 'win':
		case 'met':
			return 2;
		case 'no_data':
			return null;
	}
}
