import { toCsvRow } from '$lib/domain/csv-cell';
import type { Reject } from './report';

/** The columns of a rejects file: where each problem is, the value read, and why it was refused. */
export const REJECTS_CSV_HEADER = ['file', 'line', 'column', 'value', 'reason'] as const;

/**
 * An import's rejected rows as CSV, one record per problem: the file, its physical line (as
 * an editor numbers it), the column as headed in the file, the value when one was read, and
 * the reason. Cells go through the CSV cell writer, so a value such as `=1+1` stays text.
 */
export function toRejectsCsv(report: {
	file: string;
	rejects: readonly Pick<Reject, 'line' | 'column' | 'value' | 'reason'>[];
}): string {
	const lines = [
		toCsvRow(REJECTS_CSV_HEADER),
		...report.rejects.map((r) => toCsvRow([report.file, r.line, r.column, r.value, r.reason]))
	];
	return lines.join('\r\n') + '\r\n';
}
