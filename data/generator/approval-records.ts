import { toCsvRow } from '../../src/lib/domain/csv-cell';
import { addDays, daysBetween, laterOf } from './calendar';
import type { ContentItem } from './content-plan';
import { AR_LEGAL_HOLD } from './events';
import type { MarketCode } from './markets';
import { createRandom, type SeededRandom } from './random';
import { LEGAL_REVIEW_ZONE, creatorZone, localText, momentOn, reviewerZone } from './record-zones';
import type { CreatorCycle } from './timeline';

/** One review round of one post: submitted by its creator, decided by its market's reviewer. */
export interface ApprovalRound {
	content_id: string;
	creator_id: string;
	market: MarketCode;
	/** 1 for the first submission, n + 1 after n rounds of changes. */
	revision: number;
	/** Instants in milliseconds, written on the clock of the zone beside each. */
	submitted: number;
	submitted_zone: string;
	decided: number;
	decided_zone: string;
	decision: 'approved' | 'changes_requested';
	/** The day the post was planned to go out. */
	due_on: string;
}

/** Header of approvals.csv. */
export const APPROVALS_HEADER = [
	'content_id',
	'creator_id',
	'market',
	'revision',
	'submitted_at',
	'submitted_zone',
	'decided_at',
	'decided_zone',
	'decision',
	'due_on'
] as const;

// Chances of 0, 1, 2, 3 rounds of changes: the US brand team mostly approves first drafts;
// the LATAM partner team sends more drafts back (local claims, language, music rights).
const US_ROUNDS = [0.7, 0.25, 0.05];
const LATAM_ROUNDS = [0.3, 0.4, 0.22, 0.08];

const MINUTE = 60_000;

/**
 * The review rounds of every post. A post's approval comes a day or two before it is planned
 * (Argentina's held creative B on the day legal cleared it, in New York); its first draft
 * 1–3 days earlier plus 1–2 days per round of changes, never before the creator was briefed.
 * Submissions and decisions alternate across those days in working hours on the writer's clock.
 */
export function buildApprovalRecords(
	items: readonly ContentItem[],
	cycles: readonly CreatorCycle[],
	seed: number
): ApprovalRound[] {
	const random = createRandom(seed);
	const briefedOn = new Map(cycles.map((cycle) => [cycle.creator_id, cycle.briefed_on]));
	return items.flatMap((item) => {
		const briefed = briefedOn.get(item.creator_id);
		if (!briefed) throw new Error(`creator ${item.creator_id} was never briefed`);
		const drawn = drawRounds(item.market === 'US' ? US_ROUNDS : LATAM_ROUNDS, random);
		const held = item.legal_hold === 'delayed';
		const approvedOn = held
			? AR_LEGAL_HOLD.approvedOn
			: addDays(item.planned_on, -random.integer(1, 2));
		const firstOn = laterOf(
			held
				? addDays(item.planned_on, -random.integer(4, 7))
				: addDays(approvedOn, -(random.integer(1, 3) + drawn * random.integer(1, 2))),
			addDays(briefed, 1)
		);
		const days = daysBetween(firstOn, approvedOn) + 1;
		const rounds = Math.min(drawn, days - 1);
		const creator = creatorZone(item.creator_id, item.market);
		const reviewer = reviewerZone(item.market);
		const moments = placeMoments(firstOn, days, rounds, random, (index, last) =>
			index % 2 === 0 ? creator : last && held ? LEGAL_REVIEW_ZONE : reviewer
		);
		return Array.from({ length: rounds + 1 }, (_, round): ApprovalRound => ({
			content_id: item.content_id,
			creator_id: item.creator_id,
			market: item.market,
			revision: round + 1,
			submitted: moments[2 * round]!.instant,
			submitted_zone: moments[2 * round]!.zone,
			decided: moments[2 * round + 1]!.instant,
			decided_zone: moments[2 * round + 1]!.zone,
			decision: round < rounds ? 'changes_requested' : 'approved',
			due_on: item.planned_on
		}));
	});
}

/** approvals.csv: one line per round, times on the writer's clock with its zone. */
export function toApprovalsCsv(rounds: readonly ApprovalRound[]): string {
	const lines = rounds.map((r) =>
		toCsvRow([
			r.content_id,
			r.creator_id,
			r.market,
			r.revision,
			localText(r.submitted, r.submitted_zone),
			r.submitted_zone,
			localText(r.decided, r.decided_zone),
			r.decided_zone,
			r.decision,
			r.due_on
		])
	);
	return `${[APPROVALS_HEADER.join(','), ...lines].join('\n')}\n`;
}

function drawRounds(chances: readonly number[], random: SeededRandom): number {
	let left = random.unit();
	for (let rounds = 0; rounds < chances.length; rounds++) {
		left -= chances[rounds]!;
		if (left < 0) return rounds;
	}
	return chances.length - 1;
}

/**
 * The 2 × (rounds + 1) moments of a post's review, spread evenly over its days (at most two a
 * day: a morning and an afternoon), each in working hours on its writer's clock and always
 * at least 45 minutes after the one before.
 */
function placeMoments(
	firstOn: string,
	days: number,
	rounds: number,
	random: SeededRandom,
	zoneOf: (index: number, last: boolean) => string
): { instant: number; zone: string }[] {
	const count = 2 * rounds + 2;
	const dayOf = (index: number) => Math.round((index * (days - 1)) / (count - 1));
	const moments: { instant: number; zone: string }[] = [];
	for (let index = 0; index < count; index++) {
		const day = dayOf(index);
		const sameDay = Array.from({ length: count }, (_, i) => i).filter((i) => dayOf(i) === day);
		const slot = sameDay.indexOf(index);
		const width = 9.5 / sameDay.length;
		const hour = 9 + slot * width + random.uniform(0, width - 0.5);
		const zone = zoneOf(index, index === count - 1);
		let instant = momentOn(addDays(firstOn, day), hour, zone);
		const previous = moments.at(-1)?.instant;
		if (previous !== undefined && instant < previous + 45 * MINUTE) {
			instant = previous + random.integer(45, 150) * MINUTE;
		}
		moments.push({ instant, zone });
	}
	return moments;
}
