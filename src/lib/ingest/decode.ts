import type { Encoding } from './report';

/** A file's bytes made ready for DuckDB, which reads UTF-8 only. */
export interface DecodedFile {
	encoding: Encoding;
	bom: boolean;
	/** UTF-8 bytes without a BOM: the original bytes when they already were UTF-8. */
	utf8: Uint8Array;
}

const CHUNK = 1 << 20;

/**
 * Detects a file's encoding and hands back UTF-8 bytes. UTF-8 files are validated in
 * chunks and passed through without a copy; UTF-16 (by BOM, or by its zero bytes) and
 * windows-1252 are decoded in JS, because duckdb-wasm offline cannot read them itself.
 */
export function decodeFile(bytes: Uint8Array): DecodedFile {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8OrFallback(bytes.subarray(3), true);
	if (startsWith(bytes, [0xff, 0xfe])) return transcode(bytes.subarray(2), 'utf-16le', true);
	if (startsWith(bytes, [0xfe, 0xff])) return transcode(bytes.subarray(2), 'utf-16be', true);
	const utf16 = guessBomlessUtf16(bytes);
	if (utf16) return transcode(bytes, utf16, false);
	return utf8OrFallback(bytes, false);
}

/** Decodes the first `maxBytes` of UTF-8 bytes as text, for sniffing the layout. */
export function headText(utf8: Uint8Array, maxBytes = 256 * 1024): string {
	return new TextDecoder('utf-8').decode(utf8.subarray(0, maxBytes));
}

function utf8OrFallback(bytes: Uint8Array, bom: boolean): DecodedFile {
	if (isValidUtf8(bytes)) return { encoding: 'utf-8', bom, utf8: bytes };
	// Excel in LATAM and Europe saves "CSV" as windows-1252; it is a superset of latin-1.
	return transcode(bytes, 'windows-1252', bom);
}

function transcode(bytes: Uint8Array, encoding: Encoding, bom: boolean): DecodedFile {
	let text = new TextDecoder(encoding).decode(bytes);
	if (encoding === 'windows-1252')
		text = text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
	return { encoding, bom, utf8: new TextEncoder().encode(text) };
}

/**
 * Bytes 0x80–0x9F of windows-1252 (€, curly quotes, dashes…). Node's TextDecoder decodes the
 * 'windows-1252' label as latin-1 and leaves them as C1 controls
 * (https://github.com/nodejs/node/issues/56542); browsers follow the WHATWG table. Applying
 * the table after decoding gives the same text in both. Unassigned bytes stay as they are.
 */
const WINDOWS_1252_C1 = [
	'€',
	undefined,
	'‚',
	'ƒ',
	'„',
	'…',
	'†',
	'‡',
	'ˆ',
	'‰',
	'Š',
	'‹',
	'Œ',
	undefined,
	'Ž',
	undefined,
	undefined,
	'‘',
	'’',
	'“',
	'”',
	'•',
	'–',
	'—',
	'˜',
	'™',
	'š',
	'›',
	'œ',
	undefined,
	'ž',
	'Ÿ'
];

function isValidUtf8(bytes: Uint8Array): boolean {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	try {
		for (let start = 0; start < bytes.length; start += CHUNK) {
			decoder.decode(bytes.subarray(start, start + CHUNK), {
				stream: start + CHUNK < bytes.length
			});
		}
		return true;
	} catch {
		return false;
	}
}

/** UTF-16 without a BOM shows as ASCII text with every other byte zero. */
function guessBomlessUtf16(bytes: Uint8Array): Encoding | null {
	const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
	if (sample.length < 8) return null;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < sample.length; i += 2) {
		if (sample[i] === 0) evenZeros++;
		if (sample[i + 1] === 0) oddZeros++;
	}
	const pairs = sample.length / 2;
	if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
	if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
	return null;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((byte, i) => bytes[i] === byte);
}
