import type { Verdict } from '$lib/domain/definitions';

/** How each verdict reads on the page. */
export const VERDICT_LABELS: Record<Verdict, string> = {
	win: 'win',
	on_track: 'on track',
	miss: 'miss',
	met: 'met',
	not_met: 'not met',
	no_data: 'no data'
};
