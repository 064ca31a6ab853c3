import { hoursBetween, workingDaysBetween } from '../time/durations';
import { wallTimeAt } from '../time/zoned-time';
import { instantOfTimestamp } from '../time/zoned-timestamp';
import { toApprovalPieces, type ApprovalPiece } from './approval-pieces';
import type { ApprovalRecord, SourcingChannel, SourcingRecord } from './timeline-records';
import type { TimingMetricId } from './timing-metrics';

/** Every timing metric's value for one market; null when its records give none. */
export type TimingValues = Record<TimingMetricId, number | null>;

/** What the timing metrics are measured on. */
export interface TimingInput {
	/** The markets to measure, each with the zone whose calendar counts its working days. */
	markets: readonly { code: string; timeZone: string }[];
	sourcing: readonly SourcingRecord[];
	approvals: readonly ApprovalRecord[];
	/** Each market's go-live day, for pieces whose records name no due day. */
	goLive?: Readonly<Record<string, string | null>>;
}

/**
 * The timing metrics of every market, measured on all its records (they describe how the
 * campaign was run, not a range of days of data).
 */
export function computeTiming(input: TimingInput): Record<string, TimingValues> {
	const pieces = toApprovalPieces(input.approvals);
	return Object.fromEntries(
		input.markets.map(({ code, timeZone }) => {
			const own = pieces.filter((piece) => piece.market === code);
			const sourcing = input.sourcing.filter((record) => record.market === code);
			const cycles = approvalCycleHours(own);
			const values: TimingValues = {
				sourcing_days_to_agree_network: daysToAgree(sourcing, 'existing_network', timeZone),
				sourcing_days_to_agree_cold: daysToAgree(sourcing, 'cold_outreach', timeZone),
				approval_hours_median: quantile(cycles, 0.5),
				approval_hours_p90: quantile(cycles, 0.9),
				revision_rounds: revisionRounds(own),
				first_time_approval_share: firstTimeApprovalShare(own),
				content_late_share: contentLateShare(own, timeZone, input.goLive?.[code] ?? null)
			};
			return [code, values];
		})
	);
}

/**
 * Median working days, in the market's zone, from first contact to agreement of the agreed
 * records of one channel; null when none agreed.
 */
export function daysToAgree(
	records: readonly SourcingRecord[],
	channel: SourcingChannel,
	timeZone: string
): number | null {
	const days = records
		.filter((r) => r.channel === channel && r.outcome === 'agreed' && r.agreedAt !== null)
		.map((r) =>
			workingDaysBetween(
				instantOfTimestamp(r.contactedAt),
				instantOfTimestamp(r.agreedAt!),
				timeZone
			)
		);
	return quantile(days, 0.5);
}

/** Hours from first submission to approval of each approved piece. */
export function approvalCycleHours(pieces: readonly ApprovalPiece[]): number[] {
	return pieces
		.filter((piece) => piece.approvedAt !== null)
		.map((piece) => hoursBetween(piece.firstSubmitted, piece.approvedAt!));
}

/** Mean rounds of changes per piece reviewed; null without pieces. */
export function revisionRounds(pieces: readonly ApprovalPiece[]): number | null {
	if (pieces.length === 0) return null;
	return pieces.reduce((sum, piece) => sum + piece.rounds, 0) / pieces.length;
}

/** Share of the pieces reviewed approved on their first submission; null without pieces. */
export function firstTimeApprovalShare(pieces: readonly ApprovalPiece[]): number | null {
	if (pieces.length === 0) return null;
	return pieces.filter((piece) => piece.firstTimeApproved).length / pieces.length;
}

/**
 * Share of the approved pieces with a due day (their own, else `goLive`) approved on a later
 * day of the market's calendar; approval on the due day itself is in time. Null when no
 * approved piece has a due day.
 */
export function contentLateShare(
	pieces: readonly ApprovalPiece[],
	timeZone: string,
	goLive: string | null
): number | null {
	const due = pieces
		.filter((piece) => piece.approvedAt !== null && (piece.dueOn ?? goLive) !== null)
		.map((piece) => ({
			approvedOn: wallTimeAt(piece.approvedAt!, timeZone).date,
			dueOn: (piece.dueOn ?? goLive)!
		}));
	if (due.length === 0) return null;
	return due.filter((piece) => piece.approvedOn > piece.dueOn).length / due.length;
}

/**
 * The p-quantile of values with linear interpolation between ranks (R's type 7, the default
 * of NumPy and of spreadsheets' PERCENTILE): the median of 1, 2, 3, 10 is 2.5, its 90th
 * percentile 7.9. Null for no values.
 */
export function quantile(values: readonly number[], p: number): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = (sorted.length - 1) * p;
	const below = Math.floor(rank);
	const above = Math.min(below + 1, sorted.length - 1);
	return sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below);
}
