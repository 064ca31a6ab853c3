import { describe, expect, it } from 'vitest';
import { readDate, readTimestamp, slashOrderOf } from './read-timestamp';

const SAO_PAULO = 'America/Sao_Paulo';
const instant = (iso: string) => ({ ok: true, instant: Date.parse(iso) });

describe('reading a timestamp', () => {
	it.each([
		['2026-10-30 17:05', '2026-10-30T20:05:00Z'],
		['2026-10-30T17:05:30', '2026-10-30T20:05:30Z'],
		['2026-10-30T17:05:00-03:00', '2026-10-30T20:05:00Z'],
		['2026-10-30T20:05:00Z', '2026-10-30T20:05:00Z'],
		['2026-10-30 15:05 -0500', '2026-10-30T20:05:00Z'],
		['30/10/2026 17:05', '2026-10-30T20:05:00Z']
	])('reads %s (day first, in São Paulo) as %s', (text, iso) => {
		expect(readTimestamp(text, SAO_PAULO, 'day-first')).toEqual(instant(iso));
	});

	it('reads a month-first date with a 12-hour clock', () => {
		expect(readTimestamp('10/30/2026 5:05 PM', 'America/New_York', 'month-first')).toEqual(
			instant('2026-10-30T21:05:00Z')
		);
		expect(readTimestamp('11/02/2026, 12:10 a.m.', 'America/New_York', 'month-first')).toEqual(
			instant('2026-11-02T05:10:00Z')
		);
	});

	it('refuses a date without a time, a day that does not exist and other text', () => {
		expect(readTimestamp('2026-10-30', SAO_PAULO, 'day-first')).toEqual({
			ok: false,
			reason: 'no_time'
		});
		expect(readTimestamp('31/04/2026 10:00', SAO_PAULO, 'day-first')).toEqual({
			ok: false,
			reason: 'no_such_date'
		});
		expect(readTimestamp('2026-10-30 25:00', SAO_PAULO, 'day-first')).toEqual({
			ok: false,
			reason: 'no_such_date'
		});
		expect(readTimestamp('next Tuesday', SAO_PAULO, 'day-first')).toEqual({
			ok: false,
			reason: 'not_a_timestamp'
		});
	});
});

describe('reading a date', () => {
	it('reads ISO and slash dates in their order, and nothing else', () => {
		expect(readDate('2026-11-09', 'day-first')).toBe('2026-11-09');
		expect(readDate('09/11/2026', 'day-first')).toBe('2026-11-09');
		expect(readDate('11/09/2026', 'month-first')).toBe('2026-11-09');
		expect(readDate('2026-11-09 10:00', 'day-first')).toBeNull();
		expect(readDate('30/02/2026', 'day-first')).toBeNull();
	});
});

describe('the order of slash dates', () => {
	it('is decided by a number above 12, and by nothing when values disagree or none decides', () => {
		expect(slashOrderOf(['05/03/2026 10:00', '30/03/2026 9:00'])).toBe('day-first');
		expect(slashOrderOf(['03/30/2026 10:00 AM'])).toBe('month-first');
		expect(slashOrderOf(['05/03/2026', '2026-03-30 10:00'])).toBeNull();
		expect(slashOrderOf(['30/03/2026', '03/30/2026'])).toBeNull();
	});
});
