import { describe, expect, it } from 'vitest';
import {
	instantOf,
	isTimeZone,
	isoWeekday,
	offsetMinutesAt,
	startOfDay,
	wallTimeAt
} from './zoned-time';

const at = (iso: string) => Date.parse(iso);

describe('wall time and instants in a zone', () => {
	it('reads a São Paulo wall time at UTC−3 (Brazil has kept no daylight saving since 2019)', () => {
		expect(instantOf('2026-10-30', '17:00:00', 'America/Sao_Paulo')).toBe(
			at('2026-10-30T20:00:00Z')
		);
		expect(instantOf('2026-01-15', '17:00', 'America/Sao_Paulo')).toBe(at('2026-01-15T20:00:00Z'));
	});

	it("follows New York's clock across the end of daylight saving on 2026-11-01", () => {
		expect(offsetMinutesAt(at('2026-10-31T12:00:00Z'), 'America/New_York')).toBe(-240);
		expect(offsetMinutesAt(at('2026-11-02T12:00:00Z'), 'America/New_York')).toBe(-300);
		expect(instantOf('2026-10-30', '10:00:00', 'America/New_York')).toBe(
			at('2026-10-30T14:00:00Z')
		);
		expect(instantOf('2026-11-02', '10:00:00', 'America/New_York')).toBe(
			at('2026-11-02T15:00:00Z')
		);
	});

	it('reads a time the clock showed twice as its first occurrence', () => {
		// 01:30 came first at UTC−4, then again at UTC−5.
		expect(instantOf('2026-11-01', '01:30:00', 'America/New_York')).toBe(
			at('2026-11-01T05:30:00Z')
		);
		expect(wallTimeAt(at('2026-11-01T06:30:00Z'), 'America/New_York').time).toBe('01:30:00');
	});

	it('reads a time the clock skipped with the offset before the jump', () => {
		// 2026-03-08 02:00 EST jumped to 03:00 EDT: 02:30 is read as 03:30 EDT.
		const instant = instantOf('2026-03-08', '02:30:00', 'America/New_York');
		expect(instant).toBe(at('2026-03-08T07:30:00Z'));
		expect(wallTimeAt(instant, 'America/New_York')).toEqual({
			date: '2026-03-08',
			time: '03:30:00',
			weekday: 7
		});
	});

	it('gives the wall time and weekday of an instant', () => {
		expect(wallTimeAt(at('2026-11-02T02:30:00Z'), 'America/Mexico_City')).toEqual({
			date: '2026-11-01',
			time: '20:30:00',
			weekday: 7
		});
		expect(wallTimeAt(at('2026-11-02T04:00:00Z'), 'UTC').time).toBe('04:00:00');
	});

	it('starts a day at midnight, or at the first wall time when the clock skipped midnight', () => {
		expect(startOfDay('2026-11-02', 'America/Bogota')).toBe(at('2026-11-02T05:00:00Z'));
		// São Paulo used to spring forward at midnight: 2018-11-04 began at 01:00 (UTC−2).
		expect(startOfDay('2018-11-04', 'America/Sao_Paulo')).toBe(at('2018-11-04T03:00:00Z'));
	});

	it('knows IANA zones and ISO weekdays', () => {
		expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
		expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
		expect(isoWeekday('2026-11-02')).toBe(1);
		expect(isoWeekday('2026-11-01')).toBe(7);
	});
});
