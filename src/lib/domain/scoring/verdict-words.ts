import type { Verdict } from '../definitions';

/** How each verdict reads, on the scoreboard, on the command line and in the retrospective. */
export const VERDICT_WORDS: Record<Verdict, string> = {
	win: 'win',
	on_track: 'on track',
	miss: 'miss',
	met: 'met',
	not_met: 'not met',
	no_data: 'no data'
};
