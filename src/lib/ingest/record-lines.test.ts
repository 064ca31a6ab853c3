import { describe, expect, it } from 'vitest';
import { recordLines } from './record-lines';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('recordLines', () => {
	it('counts preamble and header lines and skips blank lines', () => {
		const file = 'Title\nRange\nh1,h2\n1,a\n\n2,b\n3,c\n';
		expect([...recordLines(bytes(file), 3, [1, 2, 3])]).toEqual([
			[1, 4],
			[2, 6],
			[3, 7]
		]);
	});

	it('follows records whose quoted fields span lines', () => {
		const file = 'a,b\n1,"x\ny"\n2,z\r\n3,w\r\n';
		expect([...recordLines(bytes(file), 1, [2, 3])]).toEqual([
			[2, 4],
			[3, 5]
		]);
	});

	it('gives no ordinal to records the CSV reader rejected', () => {
		const file = 'a,b\n1,2\n3,4,5\n6,7\n';
		const rejectedAt = file.indexOf('3,4,5');
		expect([...recordLines(bytes(file), 1, [2], [rejectedAt])]).toEqual([[2, 4]]);
	});
});
