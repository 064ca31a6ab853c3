const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/**
 * Maps data-record ordinals (1-based, as `_ord` numbers them) to the physical line each record
 * starts on, as an editor shows it. Quoted fields may span lines and blank lines are not
 * records, so the count is made over the bytes; records the CSV reader rejected itself
 * (listed by the byte position of any of their bytes) hold no ordinal.
 */
export function recordLines(
	utf8: Uint8Array,
	headerLine: number,
	wanted: number[],
	skippedBytePositions: number[] = []
): Map<number, number> {
	const result = new Map<number, number>();
	if (wanted.length === 0) return result;
	const targets = [...new Set(wanted)].sort((a, b) => a - b);
	const skipped = [...skippedBytePositions].sort((a, b) => a - b);
	let nextSkipped = 0;
	let next = 0;
	let line = 1;
	let position = 0;
	// The reader skips the preamble and the header as physical lines; so does this count.
	while (position < utf8.length && line <= headerLine) if (utf8[position++] === LF) line++;
	let ordinal = 0;
	while (position < utf8.length && next < targets.length) {
		const byte = utf8[position];
		if (byte === LF || byte === CR) {
			if (byte === CR && utf8[position + 1] === LF) position++;
			position++;
			line++;
			continue;
		}
		const startLine = line;
		const start = position;
		const end = endOfRecord(utf8, position);
		for (let j = position; j < end; j++) if (utf8[j] === LF) line++;
		position = end;
		while (nextSkipped < skipped.length && skipped[nextSkipped]! < start) nextSkipped++;
		if (nextSkipped < skipped.length && skipped[nextSkipped]! <= end) continue;
		ordinal++;
		if (ordinal === targets[next]) {
			result.set(ordinal, startLine);
			next++;
		}
	}
	return result;
}

/** Index of the newline that ends the record starting at `start` (quotes may hold newlines). */
function endOfRecord(bytes: Uint8Array, start: number): number {
	let quoted = false;
	for (let i = start; i < bytes.length; i++) {
		const byte = bytes[i];
		if (byte === QUOTE) quoted = !quoted;
		else if (!quoted && (byte === LF || byte === CR)) return i;
	}
	return bytes.length;
}
