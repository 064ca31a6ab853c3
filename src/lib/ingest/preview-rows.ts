import { MEASURES } from '$lib/domain/facts';
import type { Engine } from '$lib/engine/engine';
import { quoteIdentifier, quoteNumber } from '$lib/sql/quote';
import type { ColumnPlan, ImportPlan } from './import-plan';
import type { PreviewCell, PreviewRow } from './import-question';
import type { HeadRecord } from './sniff-layout';
import { recordLines } from './record-lines';

/** Rows a preview shows: enough to see how dates, numbers and money were read. */
export const PREVIEW_ROWS = 5;

/** A column read into a canonical field, and the field's value in the typed table. */
interface ReadColumn {
	column: ColumnPlan;
	field: string;
	/** SQL of the value read, over the typed table `t`. */
	value: string;
}

/**
 * The first loaded rows, each cell that became a date, a market, a currency or a measure shown
 * as the file writes it beside the value read: what a person checks before confirming.
 */
export async function previewRows(
	engine: Engine,
	plan: ImportPlan,
	typedTable: string,
	utf8: Uint8Array,
	headerLine: number,
	records: HeadRecord[]
): Promise<PreviewRow[]> {
	const read = readColumns(plan);
	if (read.length === 0) return [];
	const selects = read.map((r, i) => `${r.value} AS read_${i}`);
	const rows = await engine.query(
		`SELECT t._ord AS ord, ${selects.join(', ')}
FROM ${quoteIdentifier(typedTable)} t
WHERE NOT t._summary AND t._problems IS NULL ORDER BY t._ord LIMIT ${quoteNumber(PREVIEW_ROWS)}`
	);
	const lines = recordLines(
		utf8,
		headerLine,
		rows.map((row) => Number(row.ord))
	);
	// The file's own text of each cell: the reader may have typed a column already.
	const byLine = new Map(records.map((record) => [record.line, record.fields]));
	return rows.map((row) => {
		const line = lines.get(Number(row.ord)) ?? -1;
		const fields = byLine.get(line);
		return {
			line,
			cells: read.map((r, i): PreviewCell => ({
				header: r.column.header,
				field: r.field,
				raw: fields?.[r.column.index] ?? null,
				read: (row[`read_${i}`] as string | number | null) ?? null
			}))
		};
	});
}

/** The columns whose reading a person should see: dates, market, currency, measures. */
function readColumns(plan: ImportPlan): ReadColumn[] {
	const read: ReadColumn[] = [];
	const source = plan.date;
	const dateColumn =
		source.kind === 'column'
			? source.date.column
			: source.kind === 'published'
				? source.published.column
				: source.kind === 'window'
					? source.start.column
					: null;
	if (dateColumn) read.push({ column: dateColumn, field: 'date', value: 't.date::VARCHAR' });
	if (plan.market.kind === 'column')
		read.push({ column: plan.market.column, field: 'market', value: 't.market' });
	if (plan.currency.column)
		read.push({ column: plan.currency.column, field: 'currency', value: 't.currency' });
	for (const column of plan.columns) {
		if (column.field && (MEASURES as readonly string[]).includes(column.field))
			read.push({ column, field: column.field, value: `t.${column.field}` });
	}
	return read;
}
