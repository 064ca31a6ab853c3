import { wallTimeAt } from '../../src/lib/domain/time/zoned-time';
import type { ApprovalRound } from './approval-records';
import { addDays, earlierOf } from './calendar';
import type { ContentItem, Variant } from './content-plan';
import type { Creator, Sourcing } from './creators';
import { MARKET_CODES, type MarketCode } from './markets';
import { ACTUAL_PHASES, PLANNED_PHASES, getActualPhase } from './phases';
import { createRandom } from './random';
import { marketZone } from './record-zones';

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
 * When each creator was contacted, agreed and was briefed. Existing-network creators sign in
 * 1–3 days; cold outreach takes 3–7 days in the US and 5–10 in LATAM. Everyone is signed and
 * briefed in time for a draft and an approval before their first post.
 */
export function buildCreatorCycles(
	creators: readonly Creator[],
	items: readonly ContentItem[],
	seed: number
): CreatorCycle[] {
	const random = createRandom(seed);
	return creators.map((creator): CreatorCycle => {
		const sourcing = getActualPhase(creator.market, 'sourcing');
		const firstPlanned = items
			.filter((item) => item.creator_id === creator.creator_id)
			.map((item) => item.planned_on)
			.sort()[0];
		if (!firstPlanned) throw new Error(`creator ${creator.creator_id} has no posts`);
		const network = creator.sourcing === 'existing_network';
		// Cold outreach takes longer in LATAM, where the agency is less known.
		const lag = network
			? random.integer(1, 3)
			: creator.market === 'US'
				? random.integer(3, 7)
				: random.integer(5, 10);
		// Everything must be signed and briefed with time for a draft and an approval.
		const latestAgreement = earlierOf(addDays(sourcing.end, -1), addDays(firstPlanned, -5));
		const firstContact = addDays(sourcing.start, random.integer(0, network ? 3 : 6));
		const agreed = earlierOf(addDays(firstContact, lag), latestAgreement);
		const contacted = earlierOf(firstContact, addDays(agreed, -1));
		const briefed = earlierOf(addDays(agreed, random.integer(1, 3)), addDays(firstPlanned, -4));
		return {
			creator_id: creator.creator_id,
			market: creator.market,
			sourcing: creator.sourcing,
			contacted_on: contacted,
			agreed_on: agreed,
			briefed_on: briefed
		};
	});
}

/**
 * Planned against actual phases per market, the creators' cycles, and each post's way from
 * its first draft to publication: the draft and approval days are the market's days of the
 * first submission and of the approval in the approval records.
 */
export function buildTimeline(
	campaignId: string,
	creatorCycles: readonly CreatorCycle[],
	items: readonly ContentItem[],
	approvals: readonly ApprovalRound[]
): Timeline {
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

	const content = items.map((item): ContentCycle => {
		const rounds = approvals.filter((round) => round.content_id === item.content_id);
		const first = rounds[0];
		const approval = rounds.find((round) => round.decision === 'approved');
		if (!first || !approval) throw new Error(`post ${item.content_id} has no approval`);
		const zone = marketZone(item.market);
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
			draft_submitted_on: wallTimeAt(first.submitted, zone).date,
			approved_on: wallTimeAt(approval.decided, zone).date,
			planned_on: item.planned_on,
			published_on: item.published_on,
			...(note ? { note } : {})
		};
	});
	return { campaign: campaignId, markets, creators: [...creatorCycles], content };
}
