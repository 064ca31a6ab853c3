import { describe, expect, it } from 'vitest';
import { dataChangeOf } from './data-change';

const before = { rows: 100, min: '2026-03-02', max: '2026-04-10', version: 'a' };

describe('dataChangeOf', () => {
	it('counts the rows a new day brought and names the day', () => {
		expect(dataChangeOf(before, { ...before, rows: 112, max: '2026-04-11', version: 'b' })).toEqual(
			{ rows: 12, lastDay: '2026-04-11' }
		);
	});

	it('says rows were lost and no new day came when an import is undone', () => {
		expect(dataChangeOf(before, { ...before, rows: 90, version: 'c' })).toEqual({
			rows: -10,
			lastDay: null
		});
	});

	it('sees a first import into an empty campaign as new days', () => {
		const empty = { rows: 0, min: null, max: null, version: 'e' };
		expect(dataChangeOf(empty, { ...before, version: 'f' })).toEqual({
			rows: 100,
			lastDay: '2026-04-10'
		});
	});
});
