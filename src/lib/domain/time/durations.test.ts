import { describe, expect, it } from 'vitest';
import { hoursBetween, workingDaysBetween } from './durations';
import { instantOf } from './zoned-time';

const SAO_PAULO = 'America/Sao_Paulo';
const NEW_YORK = 'America/New_York';

describe('hours between instants', () => {
	it('counts the hour New York gained when a São Paulo submission is approved there after the change', () => {
		// Friday 17:00 in São Paulo is 20:00 UTC; Monday 10:00 in New York, now at UTC−5, is 15:00 UTC.
		const submitted = instantOf('2026-10-30', '17:00', SAO_PAULO);
		const approved = instantOf('2026-11-02', '10:00', NEW_YORK);
		expect(hoursBetween(submitted, approved)).toBe(67);
	});

	it('is negative when the second instant is earlier', () => {
		expect(
			hoursBetween(Date.parse('2026-11-02T12:00:00Z'), Date.parse('2026-11-02T09:30:00Z'))
		).toBe(-2.5);
	});
});

describe('working days between instants in a market', () => {
	it('counts the rest of Friday and the morning of Monday, not the weekend', () => {
		const from = instantOf('2026-10-30', '17:00', SAO_PAULO);
		const to = instantOf('2026-11-02', '12:00', SAO_PAULO);
		expect(workingDaysBetween(from, to, SAO_PAULO)).toBeCloseTo(7 / 24 + 12 / 24, 12);
	});

	it("counts New York's days as whole days whatever their length across the change", () => {
		// Friday noon to Monday noon: 73 elapsed hours, but half of Friday and half of Monday.
		const from = instantOf('2026-10-30', '12:00', NEW_YORK);
		const to = instantOf('2026-11-02', '12:00', NEW_YORK);
		expect(hoursBetween(from, to)).toBe(73);
		expect(workingDaysBetween(from, to, NEW_YORK)).toBeCloseTo(1, 12);
	});

	it('reads the same instants on the market clock, not the writer clock', () => {
		// 17:00 in São Paulo on Friday is 16:00 in New York: 8 hours of Friday are left there.
		const from = instantOf('2026-10-30', '17:00', SAO_PAULO);
		const to = instantOf('2026-11-02', '10:00', NEW_YORK);
		expect(workingDaysBetween(from, to, NEW_YORK)).toBeCloseTo(8 / 24 + 10 / 24, 12);
	});

	it('counts a part of one day, nothing for a weekend, and a full working week', () => {
		const monday = (time: string) => instantOf('2026-11-02', time, SAO_PAULO);
		expect(workingDaysBetween(monday('09:00'), monday('15:00'), SAO_PAULO)).toBeCloseTo(0.25, 12);
		const saturday = instantOf('2026-10-31', '09:00', SAO_PAULO);
		const sunday = instantOf('2026-11-01', '20:00', SAO_PAULO);
		expect(workingDaysBetween(saturday, sunday, SAO_PAULO)).toBe(0);
		const nextMonday = instantOf('2026-11-09', '09:00', SAO_PAULO);
		expect(workingDaysBetween(monday('09:00'), nextMonday, SAO_PAULO)).toBeCloseTo(5, 12);
	});

	it('is negative when the second instant is earlier', () => {
		const from = instantOf('2026-11-03', '12:00', SAO_PAULO);
		const to = instantOf('2026-11-02', '12:00', SAO_PAULO);
		expect(workingDaysBetween(from, to, SAO_PAULO)).toBeCloseTo(-1, 12);
	});
});
