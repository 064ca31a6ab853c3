import { z } from 'zod';
import { isTimeZone, wallTimeAt } from './zoned-time';

/**
 * A moment as it is stored: the UTC instant (ISO 8601 with `Z`) and the IANA zone of the
 * person or market that wrote it down, so that it can be shown on their clock again.
 */
export const zonedTimestampSchema = z.object({
	utc: z.iso.datetime(),
	zone: z.string().refine(isTimeZone, 'problem_time_zone_unknown')
});
export type ZonedTimestamp = z.infer<typeof zonedTimestampSchema>;

/** A stored moment from an instant and the zone it was written in. */
export function toZonedTimestamp(instant: number, zone: string): ZonedTimestamp {
	return { utc: new Date(instant).toISOString(), zone };
}

/** The instant of a stored moment, in milliseconds since the epoch. */
export function instantOfTimestamp(timestamp: ZonedTimestamp): number {
	return Date.parse(timestamp.utc);
}

/** A stored moment on its writer's clock, as `YYYY-MM-DD HH:MM`. */
export function toLocalText(timestamp: ZonedTimestamp): string {
	const wall = wallTimeAt(instantOfTimestamp(timestamp), timestamp.zone);
	return `${wall.date} ${wall.time.slice(0, 5)}`;
}
