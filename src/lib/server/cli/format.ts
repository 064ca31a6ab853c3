import type { ImportReport } from '$lib/ingest/report';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A readable summary of an import for the terminal. */
export function formatReport(report: ImportReport): string {
	const d = report.detected;
	const lines = [
		`${report.file}: ${d.platform} export, ${d.encoding}${d.bom ? ' with BOM' : ''}, delimiter ${JSON.stringify(d.delimiter)}, decimal ${JSON.stringify(d.decimal)}, header on line ${d.header_row}`,
		`  dates ${report.dates.min ?? '—'} to ${report.dates.max ?? '—'} (${d.grain} rows${d.date_format ? `, ${d.date_format}` : ''})`,
		`  rows: ${report.rows.loaded} loaded, ${report.rows.rejected} rejected, ${report.rows.summary_skipped} summary rows skipped, ${report.rows.replaced} replaced`,
		`  mapping: ${
			Object.entries(report.mapping)
				.map(([h, f]) => `${h} → ${f}`)
				.join(', ') || 'none'
		}`,
		`  kept as extra columns: ${report.unmapped.join(', ') || 'none'}`,
		`  totals: ${
			Object.entries(report.totals)
				.map(([m, v]) => `${m} ${number.format(v)}`)
				.join(', ') || 'none'
		}${report.currency ? ` (money in ${report.currency})` : ''}`
	];
	for (const warning of report.warnings) lines.push(`  warning: ${warning}`);
	for (const reject of report.rejects.slice(0, 20))
		lines.push(
			`  line ${reject.line}, column "${reject.column}": ${reject.reason}${reject.value === null ? '' : ` (${JSON.stringify(reject.value)})`}`
		);
	if (report.rejects.length > 20)
		lines.push(`  … and ${report.rejects.length - 20} more rejected values (use --json for all)`);
	return lines.join('\n');
}

/** A readable summary of a campaign's facts. */
export function formatFacts(document: {
	campaign: { id: string; name: string };
	as_of: string;
	rows: number;
	dates: { min: string | null; max: string | null };
	groups: {
		market: string;
		platform: string | null;
		rows: number;
		totals: Record<string, number>;
	}[];
	imports: { id: number; file: string; rows: { loaded: number } }[];
}): string {
	const lines = [
		`${document.campaign.name} (${document.campaign.id}): ${document.rows} rows, ${document.dates.min ?? '—'} to ${document.dates.max ?? '—'}, as of ${document.as_of}`
	];
	for (const g of document.groups)
		lines.push(
			`  ${g.market} ${g.platform ?? '—'}: ${g.rows} rows; ${Object.entries(g.totals)
				.map(([m, v]) => `${m} ${number.format(v)}`)
				.join(', ')}`
		);
	lines.push(`  ${document.imports.length} imports`);
	return lines.join('\n');
}
