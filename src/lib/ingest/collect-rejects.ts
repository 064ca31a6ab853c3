import type { Engine } from '$lib/engine/engine';
import { quoteIdentifier } from '$lib/sql/quote';
import type { StructuralReject } from './read-raw';
import { recordLines } from './record-lines';
import type { Reject } from './report';

/** Enough rejects to fix a file; the counts still cover every row. */
export const MAX_REJECTS = 10_000;

/**
 * Lists the rejected rows' problems with the physical line each row starts on, merging the
 * row-rule problems found in DuckDB with the records the CSV reader could not split.
 */
export async function collectRejects(
	engine: Engine,
	typed: string,
	utf8: Uint8Array,
	headerLine: number,
	structural: StructuralReject[]
): Promise<Reject[]> {
	const rows = await engine.query<{
		ord: number;
		column: string;
		value: string | null;
		reason: string;
	}>(
		`SELECT _ord AS ord, p.column AS "column", p.value AS value, p.reason AS reason
FROM (SELECT _ord, unnest(_problems) AS p FROM ${quoteIdentifier(typed)} WHERE _problems IS NOT NULL)
ORDER BY _ord LIMIT ${MAX_REJECTS}`
	);
	const lines = recordLines(
		utf8,
		headerLine,
		rows.map((r) => r.ord),
		structural.map((s) => s.bytePosition)
	);
	const fromRules: Reject[] = rows.map((r) => ({
		line: lines.get(r.ord) ?? -1,
		column: r.column,
		value: r.value,
		reason: r.reason
	}));
	const fromReader: Reject[] = structural.map((s) => ({
		line: lineOfByte(utf8, s.bytePosition),
		column: '*',
		value: null,
		reason: s.reason
	}));
	return [...fromRules, ...fromReader].sort((a, b) => a.line - b.line).slice(0, MAX_REJECTS);
}

function lineOfByte(utf8: Uint8Array, position: number): number {
	let line = 1;
	for (let i = 0; i < position && i < utf8.length; i++) if (utf8[i] === 0x0a) line++;
	return line;
}
