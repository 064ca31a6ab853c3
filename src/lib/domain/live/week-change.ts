/** The days before the as-of day that its value is compared with. */
export const WEEK_DAYS = 7;

/** A metric over the seven days before the as-of day. */
export interface WeekBefore {
	/** The metric over those days as one range: a ratio of sums for a rate, the sum for a total. */
	value: number | null;
	/** How many of the seven days had data for the metric. */
	days: number;
}

/**
 * The relative change of the as-of day's value against the seven days before it (0.25: 25%
 * up). A rate or a cost per unit is held against its value over the seven days as one range —
 * a ratio of sums, so a quiet day weighs less than a busy one, as on the scoreboard. A total
 * (see `scalesWithDays`) is held against its mean day: the seven days' total over the days of
 * them that had data, so that a market that started three days ago is not compared with four
 * empty days. Null without both values, or when the week before was 0.
 */
export function changeOverWeek(
	today: number | null,
	before: WeekBefore,
	grows: boolean
): number | null {
	if (today === null || before.value === null) return null;
	if (grows && before.days === 0) return null;
	const previous = grows ? before.value / before.days : before.value;
	if (previous === 0) return null;
	return (today - previous) / Math.abs(previous);
}
