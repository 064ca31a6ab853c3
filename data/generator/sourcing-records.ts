import { toCsvRow } from '../../src/lib/domain/csv-cell';
import { addDays } from './calendar';
import type { Sourcing } from './creators';
import { MARKET_CODES, type MarketCode } from './markets';
import { getActualPhase } from './phases';
import { createRandom, type SeededRandom } from './random';
import { creatorZone, localText, marketZone, momentOn } from './record-zones';
import type { CreatorCycle } from './timeline';

/** One creator approached: contacted by the agency, agreed (or not) on the creator's clock. */
export interface SourcingRow {
	creator_id: string;
	market: MarketCode;
	channel: Sourcing;
	contacted: number;
	contacted_zone: string;
	agreed: number | null;
	agreed_zone: string | null;
	outcome: 'agreed' | 'declined' | 'no_reply';
}

/** Header of sourcing.csv. */
export const SOURCING_HEADER = [
	'creator_id',
	'market',
	'channel',
	'contacted_at',
	'contacted_zone',
	'agreed_at',
	'agreed_zone',
	'outcome'
] as const;

/**
 * Every creator approached: the 60 who signed, on the days of their cycle (contact in working
 * hours on the agency's clock, agreement on the creator's, evenings included), and the
 * prospects who did not (`<market>-xNN`). The US lost two cold prospects; each LATAM market
 * lost three to six, most of them to silence, and sometimes a network contact too.
 */
export function buildSourcingRecords(cycles: readonly CreatorCycle[], seed: number): SourcingRow[] {
	const random = createRandom(seed);
	const signed = cycles.map((cycle): SourcingRow => {
		const zone = creatorZone(cycle.creator_id, cycle.market);
		return {
			creator_id: cycle.creator_id,
			market: cycle.market,
			channel: cycle.sourcing,
			contacted: momentOn(cycle.contacted_on, random.uniform(9, 18), marketZone(cycle.market)),
			contacted_zone: marketZone(cycle.market),
			agreed: momentOn(cycle.agreed_on, random.uniform(9, 21), zone),
			agreed_zone: zone,
			outcome: 'agreed'
		};
	});
	const lost = MARKET_CODES.flatMap((market) => buildLostProspects(market, random));
	const order = new Map(MARKET_CODES.map((code, index) => [code, index]));
	return [...signed, ...lost].sort(
		(a, b) =>
			order.get(a.market)! - order.get(b.market)! ||
			a.contacted - b.contacted ||
			a.creator_id.localeCompare(b.creator_id)
	);
}

/** sourcing.csv: one line per creator approached, times on the writer's clock with its zone. */
export function toSourcingCsv(rows: readonly SourcingRow[]): string {
	const lines = rows.map((r) =>
		toCsvRow([
			r.creator_id,
			r.market,
			r.channel,
			localText(r.contacted, r.contacted_zone),
			r.contacted_zone,
			r.agreed === null ? '' : localText(r.agreed, r.agreed_zone!),
			r.agreed_zone ?? '',
			r.outcome
		])
	);
	return `${[SOURCING_HEADER.join(','), ...lines].join('\n')}\n`;
}

function buildLostProspects(market: MarketCode, random: SeededRandom): SourcingRow[] {
	const latam = market !== 'US';
	const lost: (readonly [Sourcing, SourcingRow['outcome']])[] = [
		...repeat(latam ? random.integer(0, 1) : 0, ['existing_network', 'declined'] as const),
		...repeat(latam ? random.integer(1, 2) : 1, ['cold_outreach', 'declined'] as const),
		...repeat(latam ? random.integer(2, 4) : 1, ['cold_outreach', 'no_reply'] as const)
	];
	const sourcing = getActualPhase(market, 'sourcing');
	return lost.map(([channel, outcome], index): SourcingRow => {
		const day = addDays(sourcing.start, random.integer(0, channel === 'cold_outreach' ? 9 : 4));
		return {
			creator_id: `${market.toLowerCase()}-x${String(index + 1).padStart(2, '0')}`,
			market,
			channel,
			contacted: momentOn(day, random.uniform(9, 18), marketZone(market)),
			contacted_zone: marketZone(market),
			agreed: null,
			agreed_zone: null,
			outcome
		};
	});
}

function repeat<T>(count: number, value: T): T[] {
	return Array.from({ length: count }, () => value);
}
