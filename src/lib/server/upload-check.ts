/** Why an uploaded file is refused before it is read, or null when it may be read. */
export function refuseUpload(name: string, bytes: Uint8Array, maxBytes: number): string | null {
	if (!/\.(csv|tsv|txt)$/i.test(name))
		return `${name}: only .csv, .tsv and .txt exports can be imported`;
	if (bytes.length === 0) return `${name}: the file is empty`;
	if (bytes.length > maxBytes)
		return `${name}: ${(bytes.length / 1048576).toFixed(1)} MB is over the ${Math.round(maxBytes / 1048576)} MB limit`;
	const utf16 =
		(bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
	if (!utf16 && looksBinary(bytes.subarray(0, 4096))) return `${name}: this is not a text file`;
	return null;
}

/** Spreadsheets, archives and images have NUL bytes early; CSV text in UTF-8 or 1252 has none. */
function looksBinary(head: Uint8Array): boolean {
	let zeros = 0;
	for (const byte of head) if (byte === 0) zeros++;
	// Without a BOM, UTF-16 text has a zero in every other byte; decodeFile reads that too.
	return zeros > 0 && zeros < head.length * 0.3;
}
