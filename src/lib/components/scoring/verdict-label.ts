import type { Verdict } from '$lib/domain/definitions';
import { m } from '$lib/paraglide/messages';

// The command line and the retrospective keep VERDICT_WORDS; the interface reads a verdict in
// the reader's language, looked up when shown.
const VERDICTS: Record<Verdict, () => string> = {
	win: m.verdict_win,
	on_track: m.verdict_on_track,
	miss: m.verdict_miss,
	met: m.verdict_met,
	not_met: m.verdict_not_met,
	no_data: m.verdict_no_data
};

/** How a verdict reads on the scoreboard: "on track", "en camino". */
export function verdictLabel(verdict: Verdict): string {
	return VERDICTS[verdict]();
}
