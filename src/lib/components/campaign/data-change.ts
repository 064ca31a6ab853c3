/** What the campaign layout knows of the facts: enough to say what an update brought. */
export interface FactsSummary {
	rows: number;
	min: string | null;
	max: string | null;
	version: string;
}

/** How the facts moved between two versions: rows gained (negative when lost), a new last day. */
export function dataChangeOf(
	before: FactsSummary,
	after: FactsSummary
): { rows: number; lastDay: string | null } {
	const newLastDay = after.max !== null && (before.max === null || after.max > before.max);
	return { rows: after.rows - before.rows, lastDay: newLastDay ? after.max : null };
}
