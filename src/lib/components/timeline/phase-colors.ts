/**
 * One colour per phase, by its place in the plan, so that a phase reads the same in every
 * market's row. Paul Tol's bright scheme without its red (late days are red): apart under the common colour vision deficiencies,
 * and distinct from the annotation marks drawn above the bars.
 */
const PHASE_COLORS = ['#4477AA', '#CCBB44', '#228833', '#66CCEE', '#AA3377', '#BBBBBB'] as const;

/** The colour of the phase at this place in the plan (colours repeat after six phases). */
export function phaseColor(index: number): string {
	return PHASE_COLORS[index % PHASE_COLORS.length]!;
}
