import { describe, expect, it } from 'vitest';
import { daysInRange, overlapDays } from './date-range';

describe('daysInRange', () => {
	it.each([
		['2024-05-01', '2024-05-01', 1],
		['2024-05-01', '2024-05-14', 14],
		// 2024 is a leap year: 28 Feb, 29 Feb, 1 Mar.
		['2024-02-28', '2024-03-01', 3],
		['2023-02-28', '2023-03-01', 2],
		// US clocks changed on 2024-03-10; a day is still a day.
		['2024-03-09', '2024-03-11', 3],
		['2024-01-01', '2024-12-31', 366],
		['2023-12-25', '2024-01-07', 14]
	])('counts %s to %s as %d days, both ends included', (from, to, days) => {
		expect(daysInRange(from, to)).toBe(days);
	});

	it('refuses a range that ends before it starts', () => {
		expect(() => daysInRange('2024-05-02', '2024-05-01')).toThrow(
			'range ends before it starts: 2024-05-02 to 2024-05-01'
		);
	});

	it('refuses text that is not a date, naming it', () => {
		expect(() => daysInRange('01/05/2024', '2024-05-01')).toThrow('"01/05/2024"');
		expect(() => daysInRange('2024-02-30', '2024-03-01')).toThrow('no such date: 2024-02-30');
	});
});

describe('overlapDays', () => {
	const may = { from: '2024-05-01', to: '2024-05-31' };

	it.each([
		['the same range', may, 31],
		['a range inside it', { from: '2024-05-10', to: '2024-05-12' }, 3],
		['a range that starts before it', { from: '2024-04-20', to: '2024-05-05' }, 5],
		['a range that ends after it', { from: '2024-05-30', to: '2024-06-15' }, 2],
		['a range that touches its last day', { from: '2024-05-31', to: '2024-06-02' }, 1],
		['a range that covers it', { from: '2024-04-01', to: '2024-06-30' }, 31],
		['a range before it', { from: '2024-04-01', to: '2024-04-30' }, 0],
		['a range after it', { from: '2024-06-01', to: '2024-06-30' }, 0]
	])('shares the right number of days with %s', (_name, other, days) => {
		expect(overlapDays(may, other)).toBe(days);
		expect(overlapDays(other, may)).toBe(days);
	});

	it('refuses a malformed range even when the two do not meet', () => {
		expect(() => overlapDays(may, { from: '2024-07-02', to: '2024-07-01' })).toThrow(
			'ends before it starts'
		);
	});
});
