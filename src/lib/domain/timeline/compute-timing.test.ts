import { describe, expect, it } from 'vitest';
import { toApprovalPieces } from './approval-pieces';
import {
	approvalCycleHours,
	computeTiming,
	contentLateShare,
	daysToAgree,
	firstTimeApprovalShare,
	quantile,
	revisionRounds
} from './compute-timing';
import { BR_APPROVALS, BR_SOURCING, NEW_YORK, SAO_PAULO, US_APPROVALS } from './timing-fixtures';

const brPieces = toApprovalPieces(BR_APPROVALS);

describe('approval cycle time', () => {
	it('counts hours from first submission to approval across New York leaving daylight saving', () => {
		const hours = Object.fromEntries(
			brPieces
				.filter((piece) => piece.approvedAt !== null)
				.map((piece) => [piece.contentId, approvalCycleHours([piece])[0]])
		);
		expect(hours).toEqual({ 'br-1': 67, 'br-2': 75, 'br-3': 50 });
	});

	it('counts the 25-hour day on which the clock went back', () => {
		expect(approvalCycleHours(toApprovalPieces(US_APPROVALS))).toEqual([25]);
	});

	it('takes the median and the 90th percentile with linear interpolation', () => {
		expect(quantile([50, 67, 75], 0.5)).toBe(67);
		expect(quantile([75, 50, 67], 0.9)).toBeCloseTo(73.4, 12);
		expect(quantile([1, 2, 3, 10], 0.5)).toBe(2.5);
		expect(quantile([1, 2, 3, 10], 0.9)).toBeCloseTo(7.9, 12);
		expect(quantile([], 0.5)).toBeNull();
	});
});

describe('revision rounds and first-time approval', () => {
	it('counts the rounds of changes per piece, the unapproved one included', () => {
		expect(Object.fromEntries(brPieces.map((p) => [p.contentId, p.rounds]))).toEqual({
			'br-1': 0,
			'br-2': 1,
			'br-3': 2,
			'br-4': 1
		});
		expect(revisionRounds(brPieces)).toBe(1);
	});

	it('takes the share of pieces approved on their first submission', () => {
		expect(firstTimeApprovalShare(brPieces)).toBe(0.25);
		expect(firstTimeApprovalShare([])).toBeNull();
	});

	it('reads revisions in their order whatever the order of the records', () => {
		const pieces = toApprovalPieces([...BR_APPROVALS].reverse());
		expect(pieces.find((p) => p.contentId === 'br-3')?.firstSubmitted).toBe(
			Date.parse('2026-11-03T12:00:00Z')
		);
	});
});

describe('content late against go-live', () => {
	it("compares the approval day in the market's calendar with the due day, else the go-live", () => {
		expect(contentLateShare(brPieces, SAO_PAULO, '2026-11-09')).toBeCloseTo(1 / 3, 12);
		// With go-live on 11-04, br-3 (approved 11-05) is late as well.
		expect(contentLateShare(brPieces, SAO_PAULO, '2026-11-04')).toBeCloseTo(2 / 3, 12);
		// Without a go-live only the pieces with a due day count.
		expect(contentLateShare(brPieces, SAO_PAULO, null)).toBe(0.5);
	});

	it('counts an approval on the due day itself as in time', () => {
		expect(contentLateShare(toApprovalPieces(US_APPROVALS), NEW_YORK, null)).toBe(0);
	});
});

describe('time to agree in sourcing by channel', () => {
	it("takes the median of working days in the market's calendar, per channel", () => {
		expect(daysToAgree(BR_SOURCING, 'existing_network', SAO_PAULO)).toBeCloseTo(0.75, 12);
		expect(daysToAgree(BR_SOURCING, 'cold_outreach', SAO_PAULO)).toBeCloseTo(5.5, 12);
	});

	it('has no value for a channel without agreements', () => {
		expect(daysToAgree(BR_SOURCING.slice(0, 3), 'cold_outreach', SAO_PAULO)).toBeNull();
	});
});

describe('every timing metric per market', () => {
	it('measures each market on its own records, in its own calendar', () => {
		const timing = computeTiming({
			markets: [
				{ code: 'BR', timeZone: SAO_PAULO },
				{ code: 'US', timeZone: NEW_YORK },
				{ code: 'MX', timeZone: 'America/Mexico_City' }
			],
			sourcing: BR_SOURCING,
			approvals: [...BR_APPROVALS, ...US_APPROVALS],
			goLive: { BR: '2026-11-09', US: '2026-11-09' }
		});
		expect(timing.BR!.approval_hours_median).toBe(67);
		expect(timing.BR!.approval_hours_p90).toBeCloseTo(73.4, 12);
		expect(timing.BR!.revision_rounds).toBe(1);
		expect(timing.BR!.first_time_approval_share).toBe(0.25);
		expect(timing.BR!.content_late_share).toBeCloseTo(1 / 3, 12);
		expect(timing.BR!.sourcing_days_to_agree_network).toBeCloseTo(0.75, 12);
		expect(timing.BR!.sourcing_days_to_agree_cold).toBeCloseTo(5.5, 12);
		expect(timing.US).toEqual({
			sourcing_days_to_agree_network: null,
			sourcing_days_to_agree_cold: null,
			approval_hours_median: 25,
			approval_hours_p90: 25,
			revision_rounds: 0,
			first_time_approval_share: 1,
			content_late_share: 0
		});
		expect(Object.values(timing.MX!).every((value) => value === null)).toBe(true);
	});
});
