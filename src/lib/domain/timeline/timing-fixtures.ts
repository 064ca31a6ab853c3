import { instantOf } from '../time/zoned-time';
import { toZonedTimestamp, type ZonedTimestamp } from '../time/zoned-timestamp';
import type { ApprovalDecision, ApprovalRecord, SourcingRecord } from './timeline-records';

/**
 * Small hand-computed records for the timing tests. Brazil's pieces are submitted in
 * São Paulo (UTC−3 all year) and partly decided in New York, whose clock went back from
 * UTC−4 to UTC−5 on 2026-11-01; the expected values are worked out beside each record.
 */

export const SAO_PAULO = 'America/Sao_Paulo';
export const NEW_YORK = 'America/New_York';
export const MANAUS = 'America/Manaus';

/** A moment written as a wall time in a zone. */
export function written(date: string, time: string, zone: string): ZonedTimestamp {
	return toZonedTimestamp(instantOf(date, time, zone), zone);
}

function review(
	contentId: string,
	market: string,
	revision: number,
	submitted: ZonedTimestamp,
	decided: ZonedTimestamp,
	decision: ApprovalDecision,
	dueOn: string | null = null
): ApprovalRecord {
	return {
		contentId,
		creatorId: null,
		market,
		revision,
		submittedAt: submitted,
		decidedAt: decided,
		decision,
		dueOn
	};
}

/**
 * Brazil: four pieces.
 * - br-1: submitted Fri 10-30 17:00 São Paulo (20:00Z), approved Mon 11-02 10:00 New York
 *   (15:00Z, after the change): 67 h, approved first time, due 11-04: in time.
 * - br-2: submitted Mon 10-26 09:00 São Paulo (12:00Z), changes asked Tue 10-27 15:00 New York
 *   (19:00Z), resubmitted Wed 10-28 10:00 São Paulo, approved Thu 10-29 11:00 New York
 *   (15:00Z, before the change): 75 h, 1 round, due 10-28: late.
 * - br-3: three revisions in São Paulo, 11-03 09:00 (12:00Z) to the approval 11-05 11:00
 *   (14:00Z): 50 h, 2 rounds, no due day: the go-live 11-09 counts, in time.
 * - br-4: changes asked once, not resubmitted: 1 round, never approved.
 * Cycles 50, 67, 75: median 67, 90th percentile 67 + 0.8 × 8 = 73.4. Rounds (0+1+2+1)/4 = 1.
 * Approved first time 1/4. Late 1/3.
 */
export const BR_APPROVALS: ApprovalRecord[] = [
	review(
		'br-1',
		'BR',
		1,
		written('2026-10-30', '17:00', SAO_PAULO),
		written('2026-11-02', '10:00', NEW_YORK),
		'approved',
		'2026-11-04'
	),
	review(
		'br-2',
		'BR',
		1,
		written('2026-10-26', '09:00', SAO_PAULO),
		written('2026-10-27', '15:00', NEW_YORK),
		'changes_requested',
		'2026-10-28'
	),
	review(
		'br-2',
		'BR',
		2,
		written('2026-10-28', '10:00', SAO_PAULO),
		written('2026-10-29', '11:00', NEW_YORK),
		'approved',
		'2026-10-28'
	),
	review(
		'br-3',
		'BR',
		1,
		written('2026-11-03', '09:00', SAO_PAULO),
		written('2026-11-03', '14:00', SAO_PAULO),
		'changes_requested'
	),
	review(
		'br-3',
		'BR',
		2,
		written('2026-11-04', '09:00', SAO_PAULO),
		written('2026-11-04', '18:00', SAO_PAULO),
		'changes_requested'
	),
	review(
		'br-3',
		'BR',
		3,
		written('2026-11-05', '09:00', SAO_PAULO),
		written('2026-11-05', '11:00', SAO_PAULO),
		'approved'
	),
	review(
		'br-4',
		'BR',
		1,
		written('2026-11-06', '10:00', SAO_PAULO),
		written('2026-11-06', '16:00', SAO_PAULO),
		'changes_requested'
	)
];

/**
 * The US: one piece submitted Sat 10-31 20:00 New York (UTC−4: 11-01 00:00Z) and approved
 * Sun 11-01 20:00 New York (UTC−5: 11-02 01:00Z): 25 hours on the day the clock went back.
 * Due 11-01 and approved that day in New York: in time.
 */
export const US_APPROVALS: ApprovalRecord[] = [
	review(
		'us-1',
		'US',
		1,
		written('2026-10-31', '20:00', NEW_YORK),
		written('2026-11-01', '20:00', NEW_YORK),
		'approved',
		'2026-11-01'
	)
];

function approach(
	creatorId: string,
	channel: SourcingRecord['channel'],
	contacted: ZonedTimestamp,
	agreed: ZonedTimestamp | null,
	outcome: SourcingRecord['outcome']
): SourcingRecord {
	return { creatorId, market: 'BR', channel, contactedAt: contacted, agreedAt: agreed, outcome };
}

/**
 * Brazilian sourcing, in São Paulo's working days:
 * - network: Mon 10-12 10:00 → Tue 10-13 16:00 is 14/24 + 16/24 = 1.25; Fri 10-16 18:00 →
 *   Mon 10-19 12:00 is 6/24 + 12/24 = 0.75; Wed 10-14 09:00 → 21:00 is 0.5. Median 0.75.
 * - cold: Mon 10-12 09:00 → Tue 10-20 09:00 is 15/24 + 5 + 9/24 = 6; Tue 10-13 12:00 São Paulo
 *   → Tue 10-20 11:00 in Manaus (UTC−4, so 12:00 in São Paulo) is 12/24 + 4 + 12/24 = 5.
 *   Median 5.5.
 * A declined cold approach and a pending network one do not count.
 */
export const BR_SOURCING: SourcingRecord[] = [
	approach(
		'c1',
		'existing_network',
		written('2026-10-12', '10:00', SAO_PAULO),
		written('2026-10-13', '16:00', SAO_PAULO),
		'agreed'
	),
	approach(
		'c2',
		'existing_network',
		written('2026-10-16', '18:00', SAO_PAULO),
		written('2026-10-19', '12:00', SAO_PAULO),
		'agreed'
	),
	approach(
		'c3',
		'existing_network',
		written('2026-10-14', '09:00', SAO_PAULO),
		written('2026-10-14', '21:00', SAO_PAULO),
		'agreed'
	),
	approach(
		'c4',
		'cold_outreach',
		written('2026-10-12', '09:00', SAO_PAULO),
		written('2026-10-20', '09:00', SAO_PAULO),
		'agreed'
	),
	approach(
		'c5',
		'cold_outreach',
		written('2026-10-13', '12:00', SAO_PAULO),
		written('2026-10-20', '11:00', MANAUS),
		'agreed'
	),
	approach('c6', 'cold_outreach', written('2026-10-12', '11:00', SAO_PAULO), null, 'declined'),
	approach('c7', 'existing_network', written('2026-10-20', '11:00', SAO_PAULO), null, 'pending')
];
