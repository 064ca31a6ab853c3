import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, toMonthNumber, WEEKDAY_NAMES } from './month-names';

describe('MONTH_NAMES', () => {
	it('has twelve months and no name shared by two of them', () => {
		expect(MONTH_NAMES).toHaveLength(12);
		const all = MONTH_NAMES.flat();
		expect(new Set(all).size).toBe(all.length);
	});

	it('keeps names lower case and without dots, as readers expect', () => {
		for (const name of [...MONTH_NAMES.flat(), ...WEEKDAY_NAMES]) {
			expect(name).toBe(name.toLowerCase());
			expect(name).not.toContain('.');
		}
	});
});

describe('toMonthNumber', () => {
	it.each([
		['mai.', 5],
		['MAI', 5],
		['maio', 5],
		['mayo', 5],
		['Sep', 9],
		['Sept.', 9],
		['set.', 9],
		['septiembre', 9],
		['março', 3],
		['Marzo', 3],
		['fev.', 2],
		['ene.', 1],
		['out.', 10],
		['dic.', 12],
		['dezembro', 12],
		['June', 6]
	])('reads %j as month %d', (name, month) => {
		expect(toMonthNumber(name)).toBe(month);
	});

	it.each([['foo'], [''], ['ter.'], ['12']])('finds no month in %j', (name) => {
		expect(toMonthNumber(name)).toBeNull();
	});
});
