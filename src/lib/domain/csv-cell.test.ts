import { describe, expect, it } from 'vitest';
import { toCsvCell, toCsvRow } from './csv-cell';

describe('toCsvCell', () => {
	it.each([
		['plain', 'plain'],
		['', ''],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['=SUM(A1:A9)', "'=SUM(A1:A9)"],
		['+1 555', "'+1 555"],
		['-2+3', "'-2+3"],
		['@cmd', "'@cmd"],
		['\tindent', "'\tindent"],
		['\rreturn', '"\'\rreturn"'],
		['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
		['a=b', 'a=b'],
		['São Paulo', 'São Paulo']
	])('writes text %j as %j', (input, expected) => {
		expect(toCsvCell(input)).toBe(expected);
	});

	it('writes numbers as plain dot-decimal numbers, negatives unprefixed', () => {
		expect(toCsvCell(-1.5)).toBe('-1.5');
		expect(toCsvCell(0.0312)).toBe('0.0312');
		expect(toCsvCell(1234567)).toBe('1234567');
	});

	it('writes missing and non-finite values as empty cells', () => {
		expect(toCsvCell(null)).toBe('');
		expect(toCsvCell(undefined)).toBe('');
		expect(toCsvCell(Number.NaN)).toBe('');
		expect(toCsvCell(Number.POSITIVE_INFINITY)).toBe('');
	});

	it('writes booleans as words', () => {
		expect(toCsvCell(true)).toBe('true');
		expect(toCsvCell(false)).toBe('false');
	});
});

describe('toCsvRow', () => {
	it('joins cells with commas after quoting and neutralising each', () => {
		expect(toCsvRow(['2024-03-01', 'a,b', '=1+1', -3, null])).toBe(`2024-03-01,"a,b",'=1+1,-3,`);
	});
});
