import { toCsvRow } from '../../src/lib/domain/csv-cell';
import { DIMENSIONS, MEASURES } from '../../src/lib/domain/facts';
import type { FactRow } from './facts';

/** The canonical header of every facts file, in order: the facts schema's own columns. */
export const FACTS_HEADER = [...DIMENSIONS, 'currency', ...MEASURES] as const;

/** The header line of a facts file (without its line break). */
export const FACTS_HEADER_LINE = toCsvRow(FACTS_HEADER);

/**
 * One facts row as a CSV line (without its line break); money with two decimals. A plain
 * join gives the same bytes as `toCsvRow` here (every text is a generated code or id of
 * lowercase letters, digits and dashes, every number non-negative) at a fraction of the
 * cost, which benchmark mode needs for millions of rows.
 */
export function toFactsLine(row: FactRow): string {
	return `${row.date},${row.market},${row.platform},${row.creator_id},${row.content_id},${row.variant},${row.currency},${row.impressions},${row.views},${row.likes},${row.comments},${row.shares},${row.saves},${row.clicks},${row.conversions},${row.spend.toFixed(2)},${row.revenue.toFixed(2)},${row.reach},${row.followers}`;
}

/** A whole facts file. */
export function toFactsCsv(rows: readonly FactRow[]): string {
	return `${[FACTS_HEADER_LINE, ...rows.map(toFactsLine)].join('\n')}\n`;
}
