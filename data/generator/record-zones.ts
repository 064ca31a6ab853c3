import { instantOf, wallTimeAt } from '../../src/lib/domain/time/zoned-time';
import { getMarketProfile, type MarketCode } from './markets';

/**
 * Whose clock each moment of the sourcing and approval records was written on. The agency's
 * people and each market's reviewer sit in the market's zone, except that Colombia and
 * Argentina share one lead in Bogotá and Argentina's legal review of creative B happened at the
 * brand's head office in New York; creators write on their own home zone.
 */

// Home zones of a market's creators, taken in turn by creator number.
const CREATOR_ZONES: Readonly<Record<MarketCode, readonly string[]>> = {
	US: ['America/New_York', 'America/Chicago', 'America/New_York', 'America/Los_Angeles'],
	MX: ['America/Mexico_City', 'America/Mexico_City', 'America/Monterrey'],
	BR: ['America/Sao_Paulo', 'America/Sao_Paulo', 'America/Recife', 'America/Manaus'],
	CO: ['America/Bogota'],
	AR: [
		'America/Argentina/Buenos_Aires',
		'America/Argentina/Buenos_Aires',
		'America/Argentina/Cordoba'
	]
};

const REVIEWER_ZONES: Readonly<Record<MarketCode, string>> = {
	US: 'America/New_York',
	MX: 'America/Mexico_City',
	BR: 'America/Sao_Paulo',
	CO: 'America/Bogota',
	AR: 'America/Bogota'
};

/** Where Argentina's held creative B was finally approved: the brand's legal team. */
export const LEGAL_REVIEW_ZONE = 'America/New_York';

/** The market's own zone: where its agency team works. */
export function marketZone(market: MarketCode): string {
	return getMarketProfile(market).timeZone;
}

/** A creator's home zone, from the number in its id (`br-c05` is the fifth). */
export function creatorZone(creatorId: string, market: MarketCode): string {
	const zones = CREATOR_ZONES[market];
	const number = Number(/(\d+)$/.exec(creatorId)?.[1] ?? 0);
	return zones[number % zones.length]!;
}

/** The zone a market's content decisions are written in. */
export function reviewerZone(market: MarketCode): string {
	return REVIEWER_ZONES[market];
}

/** The instant of a fractional hour of a day on a zone's clock (9.5 is 09:30), to the minute. */
export function momentOn(date: string, hour: number, zone: string): number {
	const minutes = Math.floor(hour * 60);
	const pad = (value: number) => String(value).padStart(2, '0');
	return instantOf(date, `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`, zone);
}

/** A moment as `YYYY-MM-DD HH:MM` on a zone's clock. */
export function localText(instant: number, zone: string): string {
	const wall = wallTimeAt(instant, zone);
	return `${wall.date} ${wall.time.slice(0, 5)}`;
}
