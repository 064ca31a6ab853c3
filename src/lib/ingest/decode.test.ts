import { describe, expect, it } from 'vitest';
import { decodeFile } from './decode';

const text = 'Día,Campaña,Costo\n05/03/2026,Verano,"1.234,56"\n';
const utf8 = new TextEncoder().encode(text);

function utf16(value: string, littleEndian: boolean, bom: boolean): Uint8Array {
	const bytes = new Uint8Array((bom ? 2 : 0) + value.length * 2);
	const view = new DataView(bytes.buffer);
	if (bom) view.setUint16(0, 0xfeff, littleEndian);
	for (let i = 0; i < value.length; i++)
		view.setUint16((bom ? 2 : 0) + i * 2, value.charCodeAt(i), littleEndian);
	return bytes;
}

function windows1252(value: string): Uint8Array {
	const table: Record<string, number> = { í: 0xed, ñ: 0xf1, '€': 0x80, ç: 0xe7, ã: 0xe3 };
	return Uint8Array.from([...value].map((ch) => table[ch] ?? ch.charCodeAt(0)));
}

const decode = (bytes: Uint8Array) => {
	const result = decodeFile(bytes);
	return {
		encoding: result.encoding,
		bom: result.bom,
		text: new TextDecoder().decode(result.utf8)
	};
};

describe('decodeFile', () => {
	it.each([
		['UTF-8 without BOM', utf8, 'utf-8', false],
		['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), 'utf-8', true],
		['UTF-16 LE with BOM', utf16(text, true, true), 'utf-16le', true],
		['UTF-16 BE with BOM', utf16(text, false, true), 'utf-16be', true],
		['UTF-16 LE without BOM', utf16(text, true, false), 'utf-16le', false],
		['windows-1252', windows1252(text), 'windows-1252', false]
	])('reads %s as UTF-8 text for DuckDB', (_, bytes, encoding, bom) => {
		expect(decode(bytes)).toEqual({ encoding, bom, text });
	});

	it('passes UTF-8 bytes through without copying them', () => {
		expect(decodeFile(utf8).utf8.buffer).toBe(utf8.buffer);
	});

	it('reads the euro sign and other 0x80–0x9F characters of windows-1252', () => {
		expect(decode(windows1252('Valor (€),ção\n')).text).toBe('Valor (€),ção\n');
	});
});
