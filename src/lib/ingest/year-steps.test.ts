import { describe, expect, it } from 'vitest';
import { guessFirstYear } from './year-steps';

describe('guessFirstYear', () => {
	const today = new Date(Date.UTC(2026, 11, 8));

	it.each([
		// direction, turns, latest month-day, first year
		[1, 0, 1130, 2026], // Nov 30, 2026 is past
		[1, 0, 1215, 2025], // Dec 15 has not come yet this year
		[1, 1, 227, 2025], // Feb 28, 2025 … Feb 27, 2026
		[-1, 1, 1201, 2026] // newest first: the first row is the latest day
	] as const)('direction %d, %d turns, latest %d → %d', (direction, wraps, latest, year) => {
		expect(guessFirstYear({ direction, wraps, latestMonthDay: latest }, today)).toBe(year);
	});
});
