import type { ApprovalRecord, SourcingRecord } from '$lib/domain/timeline/timeline-records';

/** What a campaign holds of one market's sourcing and approval records. */
export interface MarketRecordCounts {
	market: string;
	/** Creators approached (one sourcing record each). */
	creators: number;
	/** Pieces of content reviewed, however many rounds each took. */
	pieces: number;
}

/**
 * How many creators were approached and pieces reviewed in each market: the campaign's markets
 * in order, then any other market the records name (one removed since they were stored).
 */
export function timelineRecordCounts(
	markets: readonly string[],
	sourcing: readonly Pick<SourcingRecord, 'market'>[],
	approvals: readonly Pick<ApprovalRecord, 'market' | 'contentId'>[]
): MarketRecordCounts[] {
	const creators = new Map<string, number>();
	for (const record of sourcing)
		creators.set(record.market, (creators.get(record.market) ?? 0) + 1);
	const pieces = new Map<string, Set<string>>();
	for (const record of approvals) {
		const held = pieces.get(record.market) ?? new Set<string>();
		pieces.set(record.market, held.add(record.contentId));
	}
	const named = new Set([...markets, ...creators.keys(), ...pieces.keys()]);
	return [...named].map((market) => ({
		market,
		creators: creators.get(market) ?? 0,
		pieces: pieces.get(market)?.size ?? 0
	}));
}
