import { addDays, earlierOf, laterOf } from './calendar';
import type { ContentItem, Variant } from './content-plan';
import type { Creator, Sourcing } from './creators';
import { AR_LEGAL_HOLD } from './events';
import { MARKET_CODES, type MarketCode } from './markets';
import { ACTUAL_PHASES, PLANNED_PHASES, getActualPhase } from './phases';
import { createRandom } from './random';

/** One phase of one market, planned against actual. */
export interface TimelinePhase {
	id: string;
	label: string;
	planned_start: string;
	planned_end: string;
	actual_start: string;
	actual_end: string;
	note?: string;
}

/** How one creator was signed: first contact, agreement, brief. */
export interface CreatorCycle {
	creator_id: string;
	market: MarketCode;
	sourcing: Sourcing;
	contacted_on: string;
	agreed_on: string;
	briefed_on: string;
}

/** How one post went from draft to published. */
export interface ContentCycle {
	content_id: string;
	creator_id: string;
	market: MarketCode;
	variant: Variant;
	draft_submitted_on: string;
	approved_on: string;
	planned_on: string;
	published_on: string;
	note?: string;
}

/** The document of timeline.json. */
export interface Timeline {
	campaign: string;
	markets: { market: MarketCode; phases: TimelinePhase[] }[];
	creators: CreatorCycle[];
	content: ContentCycle[];
}

/**
 * Planned against actual phases per market, and the sourcing and approval dates of every
 * creator and post. Existing-network creators sign in 1–3 days, cold outreach in 4–10.
 */
export function buildTimeline(
	campaignId: string,
	creators: readonly Creator[],
	items: readonly ContentItem[],
	seed: number
): Timeline {
	const random = createRandom(seed);
	const markets = MARKET_CODES.map((market) => ({
		market,
		phases: PLANNED_PHASES.map((planned): TimelinePhase => {
			const actual = ACTUAL_PHASES[market].find((phase) => phase.id === planned.id);
			if (!actual) throw new Error(`no actual ${planned.id} phase for ${market}`);
			return {
				id: planned.id,
				label: planned.label,
				planned_start: planned.start,
				planned_end: planned.end,
				actual_start: actual.start,
				actual_end: actual.end,
				...(actual.note ? { note: actual.note } : {})
			};
		})
	}));

	const briefedOn = new Map<string, string>();
	const creatorCycles = creators.map((creator): CreatorCycle => {
		const sourcing = getActualPhase(creator.market, 'sourcing');
		const firstPlanned = items
			.filter((item) => item.creator_id === creator.creator_id)
			.map((item) => item.planned_on)
			.sort()[0];
		if (!firstPlanned) throw new Error(`creator ${creator.creator_id} has no posts`);
		const network = creator.sourcing === 'existing_network';
		// Everything must be signed and briefed with time for a draft and an approval.
		const latestAgreement = earlierOf(addDays(sourcing.end, -1), addDays(firstPlanned, -5));
		const agreed = earlierOf(
			addDays(
				addDays(sourcing.start, random.integer(0, network ? 3 : 6)),
				network ? random.integer(1, 3) : random.integer(4, 10)
			),
			latestAgreement
		);
		const contacted = earlierOf(
			addDays(agreed, -(network ? random.integer(1, 3) : random.integer(4, 10))),
			addDays(agreed, -1)
		);
		const briefed = earlierOf(addDays(agreed, random.integer(1, 3)), addDays(firstPlanned, -4));
		briefedOn.set(creator.creator_id, briefed);
		return {
			creator_id: creator.creator_id,
			market: creator.market,
			sourcing: creator.sourcing,
			contacted_on: laterOf(contacted, sourcing.start),
			agreed_on: agreed,
			briefed_on: briefed
		};
	});

	const content = items.map((item): ContentCycle => {
		const briefed = briefedOn.get(item.creator_id) ?? item.planned_on;
		const draft = laterOf(addDays(item.planned_on, -random.integer(4, 7)), addDays(briefed, 1));
		const usualApproval = laterOf(
			addDays(item.planned_on, -random.integer(1, 2)),
			addDays(draft, 1)
		);
		const approved = item.legal_hold === 'delayed' ? AR_LEGAL_HOLD.approvedOn : usualApproval;
		const note =
			item.legal_hold === 'delayed'
				? 'Creative B waited for legal review; posted after approval.'
				: item.legal_hold === 'posted_with_a'
					? 'Planned as B; posted with creative A while B waited for legal review.'
					: undefined;
		return {
			content_id: item.content_id,
			creator_id: item.creator_id,
			market: item.market,
			variant: item.variant,
			draft_submitted_on: draft,
			approved_on: approved,
			planned_on: item.planned_on,
			published_on: item.published_on,
			...(note ? { note } : {})
		};
	});
	return { campaign: campaignId, markets, creators: creatorCycles, content };
}
