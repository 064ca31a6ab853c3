/**
 * A campaign's "today": the earlier of the clock's date and the campaign's last day of data,
 * so that a finished campaign is seen as of its last day and a live one as of today. Every
 * view and command uses this one rule; the clock is set by PARALLAX_NOW or `--as-of`.
 */
export function campaignAsOf(clockDate: string, lastDataDate: string | null): string {
	if (!lastDataDate) return clockDate;
	return lastDataDate < clockDate ? lastDataDate : clockDate;
}

/** Today's date (UTC) as YYYY-MM-DD, or the date the clock was set to. */
export function clockDate(setTo: string | null, now: Date = new Date()): string {
	return setTo ?? now.toISOString().slice(0, 10);
}
