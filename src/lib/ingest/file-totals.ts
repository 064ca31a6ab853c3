import { ADDITIVE_MEASURES } from '$lib/domain/facts';
import type { Engine } from '$lib/engine/engine';
import { quoteIdentifier, quoteNumber } from '$lib/sql/quote';
import {
	compareWithRows,
	holdsTotalOf,
	withoutRow,
	type StatedAgainstRows,
	type Sums
} from './total-rule';

/** A total row the file states, beside what its rows add up to. */
export interface FileTotal {
	/** Record ordinal (`_ord`); the caller turns it into a physical line. */
	ord: number;
	/** Its label as written (`Total: Conta`), or null for a row known as a total by its sums. */
	label: string | null;
	measures: Record<string, StatedAgainstRows>;
	/** The measures that are not the sum of the loaded rows, as rounded in the file. */
	differing: string[];
	/** True when every stated measure is the sum of the loaded rows, as rounded in the file. */
	agrees: boolean;
}

/** More rows than this with no identity are a file that leaves the column empty, not totals. */
const MAX_CANDIDATES = 20;

type MeasureRow = {
	_ord: number;
	_good: boolean;
	_dimensions_blank: boolean;
	label: string | null;
} & Record<string, number | null>;

/**
 * Finds the totals a file states and keeps them out of its rows. A row with no identity (see
 * identityColumns) whose measures are the sums of the other rows is a total wherever it sits,
 * whatever else it holds; so is, with the sums disagreeing, one whose every mapped dimension
 * is empty (the account row of an excerpt). Both are flagged `_summary` in the typed table, and
 * returned with the file's labelled whole-file totals, each compared with the loaded rows.
 */
export async function settleFileTotals(
	engine: Engine,
	table: string,
	measures: readonly string[],
	decimals: Record<string, number>
): Promise<FileTotal[]> {
	const additive = ADDITIVE_MEASURES.filter((m) => measures.includes(m));
	if (additive.length === 0) return [];
	const name = quoteIdentifier(table);
	const candidates = await engine.query<MeasureRow>(
		`SELECT _ord, _problems IS NULL AS _good, _dimensions_blank, NULL::VARCHAR AS label, ${additive.join(', ')}
FROM ${name} WHERE _identity_blank AND NOT _summary ORDER BY _ord LIMIT ${quoteNumber(MAX_CANDIDATES + 1)}`
	);
	const labelled = await engine.query<MeasureRow>(
		`SELECT _ord, TRUE AS _good, FALSE AS _dimensions_blank,
	list_filter(list_concat(extras, [creator_id, content_id, variant]), x -> regexp_matches(x, '^\\s*total', 'i'))[1] AS label,
	${additive.join(', ')}
FROM ${name} WHERE _account_total ORDER BY _ord LIMIT ${quoteNumber(MAX_CANDIDATES)}`
	);
	// Most files state no total: they pay for no sums here.
	if (labelled.length === 0 && (candidates.length === 0 || candidates.length > MAX_CANDIDATES))
		return [];
	let sums = await loadedSums(engine, name, additive);
	const found: Pick<FileTotal, 'ord' | 'label'>[] = [];
	for (const candidate of candidates.length > MAX_CANDIDATES ? [] : candidates) {
		const values = measureValues(candidate, additive);
		const others = candidate._good ? withoutRow(sums, values) : sums;
		if (holdsTotalOf(values, others, decimals)) {
			found.push({ ord: candidate._ord, label: null });
			sums = others;
		} else if (candidate._dimensions_blank) {
			found.push({ ord: candidate._ord, label: null });
			sums = others;
		}
	}
	if (found.length > 0)
		await engine.exec(
			`UPDATE ${name} SET _summary = TRUE, _problems = NULL WHERE _ord IN (${found.map((t) => quoteNumber(t.ord)).join(', ')})`
		);
	const byOrd = new Map(candidates.map((c) => [c._ord, c]));
	return [
		...found.map((total) => ({
			...total,
			...compareWithRows(measureValues(byOrd.get(total.ord)!, additive), sums, decimals)
		})),
		...labelled.map((row) => ({
			ord: row._ord,
			label: row.label,
			...compareWithRows(measureValues(row, additive), sums, decimals)
		}))
	].sort((a, b) => a.ord - b.ord);
}

/** Sums of the loaded rows: neither a total nor rejected. */
async function loadedSums(engine: Engine, table: string, measures: string[]): Promise<Sums> {
	const [row] = await engine.query(
		`SELECT count(*)::INTEGER AS _count, ${measures.map((m) => `coalesce(sum(${m}), 0)::DOUBLE AS ${m}`).join(', ')}
FROM ${table} WHERE NOT _summary AND _problems IS NULL`
	);
	return {
		count: Number(row?._count ?? 0),
		values: Object.fromEntries(measures.map((m) => [m, Number(row?.[m] ?? 0)]))
	};
}

function measureValues(row: MeasureRow, measures: string[]): Record<string, number | null> {
	return Object.fromEntries(
		measures.map((m) => [m, row[m] === null || row[m] === undefined ? null : Number(row[m])])
	);
}
