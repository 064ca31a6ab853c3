import { z } from 'zod';
import { SOURCING_CHANNELS } from '../creators';
import { zonedTimestampSchema } from '../time/zoned-timestamp';

/** How approaching a creator ended: signed, said no, never answered, or still open. */
export const SOURCING_OUTCOMES = ['agreed', 'declined', 'no_reply', 'pending'] as const;
export type SourcingOutcome = (typeof SOURCING_OUTCOMES)[number];

/** What a reviewer decided on a submitted piece of content. */
export const APPROVAL_DECISIONS = ['approved', 'changes_requested'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * One creator approached in one market: through which channel, when first contacted, and when
 * (if ever) they agreed. Each moment keeps the zone of whoever wrote it down.
 */
export const sourcingRecordSchema = z.object({
	creatorId: z.string().min(1).max(200),
	market: z.string().regex(/^[A-Z]{2}$/),
	/** Null when the record does not say. */
	channel: z.enum(SOURCING_CHANNELS).nullable(),
	contactedAt: zonedTimestampSchema,
	/** Set exactly when the outcome is `agreed`. */
	agreedAt: zonedTimestampSchema.nullable(),
	outcome: z.enum(SOURCING_OUTCOMES)
});
export type SourcingRecord = z.infer<typeof sourcingRecordSchema>;

/** How a creator was found: the existing network or cold outreach. */
export type SourcingChannel = (typeof SOURCING_CHANNELS)[number];

/**
 * One review round of one piece of content: revision 1 is the first submission, revision n+1
 * the one sent after n rounds of changes. `dueOn` is the day the piece is to go live, in the
 * market's calendar, when the record says.
 */
export const approvalRecordSchema = z.object({
	contentId: z.string().min(1).max(200),
	creatorId: z.string().max(200).nullable(),
	market: z.string().regex(/^[A-Z]{2}$/),
	revision: z.number().int().positive(),
	submittedAt: zonedTimestampSchema,
	decidedAt: zonedTimestampSchema,
	decision: z.enum(APPROVAL_DECISIONS),
	dueOn: isoDate.nullable()
});
export type ApprovalRecord = z.infer<typeof approvalRecordSchema>;
