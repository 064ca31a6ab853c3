import { problem, type Problem } from '$lib/domain/problem';
import type { Engine } from '$lib/engine/engine';
import { quoteIdentifier, quoteNumber, quoteString } from '$lib/sql/quote';
import type { Layout } from './sniff-layout';

/** A record the CSV reader itself could not split into the header's fields. */
export interface StructuralReject {
	/** Byte offset, in the UTF-8 bytes, of the record's first bad field. */
	bytePosition: number;
	problem: Problem;
}

/** Name of the raw column holding the n-th field (headers can be anything; these are safe). */
export function rawColumn(index: number): string {
	return `c${index}`;
}

/**
 * Reads the file into a table of columns c0..cN, so that every later rule runs inside DuckDB.
 * Columns are text, except the `numeric` ones: measure columns whose sampled cells are all
 * plain numbers are read as DOUBLE by the CSV reader itself, which is several times cheaper
 * than reading text and parsing it in SQL. If any cell of such a column is not a plain number
 * (a placeholder, a decimal comma further down), the table is dropped and null returned, so
 * that the caller reads the file again as text and every rule applies as usual. The single-threaded reader keeps file order, so `rowid + 1` is each data record's
 * ordinal and a reject can be traced to its line. Records with more fields than the header go
 * to DuckDB's reject table: strict mode, or the reader would drop the extra fields silently.
 */
export async function readRawTable(
	engine: Engine,
	table: string,
	utf8: Uint8Array,
	layout: Layout,
	numeric: ReadonlySet<number> = new Set()
): Promise<StructuralReject[] | null> {
	const file = `${table}.csv`;
	const rejects = `${table}_rejects`;
	const columns = layout.headers
		.map((_, i) => `${quoteString(rawColumn(i))}: '${numeric.has(i) ? 'DOUBLE' : 'VARCHAR'}'`)
		.join(', ');
	await engine.registerFile(file, utf8);
	try {
		await engine.exec(`CREATE OR REPLACE TEMP TABLE ${quoteIdentifier(table)} AS
SELECT *
FROM read_csv(${quoteString(file)},
	columns = {${columns}}, auto_detect = false, header = false,
	skip = ${quoteNumber(layout.headerLine)}, delim = ${quoteString(layout.delimiter)},
	quote = '"', escape = '"', null_padding = true, parallel = false,
	strict_mode = true, store_rejects = true, rejects_table = ${quoteString(rejects)},
	rejects_scan = ${quoteString(`${rejects}_scan`)})`);
		// One entry per bad field: a record with two extra fields is listed twice, under its
		// record number (`line`); its first problem is the one reported.
		const rows = await engine.query<{
			byte_position: number;
			error_type: string;
			error_message: string;
		}>(
			`SELECT min(byte_position) AS byte_position,
	arg_min(error_type::VARCHAR, byte_position) AS error_type,
	arg_min(error_message, byte_position) AS error_message
FROM ${quoteIdentifier(rejects)} GROUP BY line ORDER BY 1`
		);
		await engine.exec(
			`DROP TABLE IF EXISTS ${quoteIdentifier(rejects)}; DROP TABLE IF EXISTS ${quoteIdentifier(`${rejects}_scan`)}`
		);
		if (
			numeric.size > 0 &&
			(rows.some((row) => row.error_type === 'CAST') || (await needsText(engine, table, numeric)))
		) {
			// A cell the fast path cannot take as it is: read everything as text instead.
			await engine.exec(`DROP TABLE ${quoteIdentifier(table)}`);
			return null;
		}
		return rows.map((row) => ({
			bytePosition: row.byte_position,
			problem: readerProblem(row.error_type, row.error_message, layout.headers.length)
		}));
	} finally {
		// registerFileBuffer keeps a full copy of the file in DuckDB's memory.
		await engine.dropFile(file);
	}
}

/**
 * What the CSV reader found wrong with a record. For the kinds a file rarely shows, the
 * reader's own message (in English) is the best detail there is, and is kept as it is.
 */
function readerProblem(type: string, message: string, width: number): Problem {
	if (type === 'TOO MANY COLUMNS')
		return problem('problem_reject_too_many_fields', { count: width });
	if (type === 'UNQUOTED VALUE') return problem('problem_reject_stray_quote');
	return problem('problem_reject_unreadable_record', { detail: message.split('\n')[0]! });
}

/**
 * NaN and infinity are read by DuckDB's number cast but are no measure; a negative measure is
 * a reject, whose value is then quoted as written in the file, which only the text path keeps.
 */
async function needsText(
	engine: Engine,
	table: string,
	numeric: ReadonlySet<number>
): Promise<boolean> {
	const tests = [...numeric].map(
		(i) =>
			`count(*) FILTER (NOT isfinite(${quoteIdentifier(rawColumn(i))}) OR ${quoteIdentifier(rawColumn(i))} < 0)`
	);
	const [row] = await engine.query<{ n: number }>(
		`SELECT (${tests.join(' + ')})::INTEGER AS n FROM ${quoteIdentifier(table)}`
	);
	return (row?.n ?? 0) > 0;
}
