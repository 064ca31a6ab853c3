import type { Problem, ProblemCode, ProblemParams } from '$lib/domain/problem';
import type { Engine } from '$lib/engine/engine';
import { problemText } from '$lib/i18n/problem-text';
import { quoteIdentifier } from '$lib/sql/quote';
import type { StructuralReject } from './read-raw';
import { recordLines } from './record-lines';
import type { Reject } from './report';

/** Enough rejects to fix a file; the counts still cover every row. */
export const MAX_REJECTS = 10_000;

/**
 * Lists the rejected rows' problems with the physical line each row starts on, merging the
 * row-rule problems found in DuckDB with the records the CSV reader could not split. Each
 * carries its problem and, as `reason`, the problem's English wording.
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
		code: ProblemCode;
		params: string | null;
	}>(
		`SELECT _ord AS ord, p.column AS "column", p.value AS value, p.code AS code, p.params AS params
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
		...explained({
			code: r.code,
			...(r.params ? { params: JSON.parse(r.params) as ProblemParams } : {})
		})
	}));
	const fromReader: Reject[] = structural.map((s) => ({
		line: lineOfByte(utf8, s.bytePosition),
		column: '*',
		value: null,
		...explained(s.problem)
	}));
	return [...fromRules, ...fromReader].sort((a, b) => a.line - b.line).slice(0, MAX_REJECTS);
}

/** A reject's reason in English, then its problem. */
function explained(problem: Problem): Pick<Reject, 'reason' | 'code' | 'params'> {
	return { reason: problemText(problem, 'en'), ...problem };
}

function lineOfByte(utf8: Uint8Array, position: number): number {
	let line = 1;
	for (let i = 0; i < position && i < utf8.length; i++) if (utf8[i] === 0x0a) line++;
	return line;
}
