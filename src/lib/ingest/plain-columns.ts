import { MEASURES, type MappableField } from '$lib/domain/facts';

/** A number as DuckDB's CSV reader and Parallax read it alike: digits, an optional point. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** A decimal comma anywhere in the sample means the file does not write numbers plainly. */
const DECIMAL_COMMA = /\d,\d/;

/**
 * The measure columns the CSV reader can type by itself: in a file written with a decimal
 * point (English or canonical headers, no decimal comma in the sample), a mapped measure
 * whose every sampled cell is a plain number. Anything the sample did not see is caught when
 * the reader fails to cast it (see readRawTable), so this only ever chooses speed, never a
 * different reading.
 */
export function plainNumberColumns(
	sample: string[][],
	fields: (MappableField | null)[],
	language: 'en' | 'es' | 'pt' | null
): Set<number> {
	const plain = new Set<number>();
	if (language === 'es' || language === 'pt' || sample.length === 0) return plain;
	if (sample.some((record) => record.some((cell) => DECIMAL_COMMA.test(cell)))) return plain;
	fields.forEach((field, index) => {
		if (!field || !(MEASURES as readonly string[]).includes(field)) return;
		const cells = sample.map((record) => record[index] ?? '');
		if (
			cells.every((cell) => cell === '' || PLAIN_NUMBER.test(cell)) &&
			cells.some((cell) => cell !== '')
		)
			plain.add(index);
	});
	return plain;
}
