import { problem, type Problem } from '$lib/domain/problem';

/** Why an uploaded file is refused before it is read, or null when it may be read. */
export function refuseUpload(name: string, bytes: Uint8Array, maxBytes: number): Problem | null {
	if (!/\.(csv|tsv|txt)$/i.test(name)) return problem('problem_upload_not_csv', { file: name });
	if (bytes.length === 0) return problem('problem_import_file_empty', { file: name });
	if (bytes.length > maxBytes)
		return problem('problem_upload_too_large', {
			file: name,
			size: (bytes.length / 1048576).toFixed(1),
			limit: Math.round(maxBytes / 1048576)
		});
	const utf16 =
		(bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
	if (!utf16 && looksBinary(bytes.subarray(0, 4096)))
		return problem('problem_upload_not_text', { file: name });
	return null;
}

/** Spreadsheets, archives and images have NUL bytes early; CSV text in UTF-8 or 1252 has none. */
function looksBinary(head: Uint8Array): boolean {
	let zeros = 0;
	for (const byte of head) if (byte === 0) zeros++;
	// Without a BOM, UTF-16 text has a zero in every other byte; decodeFile reads that too.
	return zeros > 0 && zeros < head.length * 0.3;
}
