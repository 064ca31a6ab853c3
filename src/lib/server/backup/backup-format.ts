import { z } from 'zod';
import { campaignSchema, fxRateSchema } from '$lib/domain/campaign';
import { roleSchema } from '$lib/domain/access';
import { annotationContentSchema } from '$lib/domain/annotations';
import { definitionContentSchema } from '$lib/domain/definitions';
import { creatorSchema as creatorFields } from '$lib/domain/creators';
import { experimentContentSchema, experimentIdSchema } from '$lib/domain/experiments/experiment';
import type { Problem } from '$lib/domain/problem';
import { customMetricSchema } from '$lib/domain/metrics/custom-metrics';
import { isTimeZone } from '$lib/domain/time/zoned-time';
import { toLocalText, zonedTimestampSchema } from '$lib/domain/time/zoned-timestamp';
import { approvalRecordSchema, sourcingRecordSchema } from '$lib/domain/timeline/timeline-records';
import { problemText } from '$lib/i18n/problem-text';
import { importOptionsSchema } from '$lib/ingest/import-options';
import { emailSchema, nameSchema } from '../access/accounts';

/** The format name and version every campaign backup starts with (docs/backup-format.md). */
export const BACKUP_FORMAT = 'parallax-campaign/1';

/** How a backup file's name ends. */
export const BACKUP_EXTENSION = '.parallax.json.gz';

const timestamp = z.string().min(1);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 as 64 lowercase hex digits');
/** A person as the file names them: an email address listed in `people`. */
const person = z.string().min(1);
const count = z.number().int().nonnegative();

/**
 * Accepts a JSON object that `schema` accepts, and keeps it as written: the stores keep content
 * as the text they were given, so a restored row is the exported row, key order and all.
 */
function checkedBy(schema: z.ZodType) {
	return z.record(z.string(), z.unknown()).superRefine((value, context) => {
		const result = schema.safeParse(value);
		if (result.success) return;
		for (const issue of result.error.issues) {
			context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
		}
	});
}

const importReportSchema = z.looseObject({
	rows: z.object({ loaded: count, rejected: count, summary_skipped: count, replaced: count })
});

const importSchema = z.strictObject({
	file_name: z.string().min(1),
	content_hash: sha256,
	byte_size: count,
	options: checkedBy(importOptionsSchema),
	report: checkedBy(importReportSchema),
	source: z.string().min(1),
	imported_by: person.nullable(),
	imported_at: timestamp,
	undone_at: timestamp.nullable(),
	undone_by: person.nullable()
});

const definitionVersionSchema = z.strictObject({
	id: definitionContentSchema.shape.id,
	version: z.number().int().positive(),
	revision: z.number().int().positive(),
	content: checkedBy(definitionContentSchema),
	created_at: timestamp,
	created_by: person.nullable(),
	updated_at: timestamp,
	updated_by: person.nullable(),
	signatories: z.array(z.strictObject({ person, signed_at: timestamp.nullable() }))
});

const metricSchema = z.strictObject({
	id: customMetricSchema.shape.id,
	content: checkedBy(customMetricSchema),
	updated_at: timestamp,
	updated_by: person.nullable()
});

const revisionSchema = z.strictObject({
	revision: z.number().int().positive(),
	change: z.enum(['created', 'edited', 'hidden', 'shown', 'position_added', 'resolved']),
	content: checkedBy(annotationContentSchema),
	hidden: z.boolean(),
	changed_by: person.nullable(),
	changed_at: timestamp
});

const annotationSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'expected an annotation id'),
	content: checkedBy(annotationContentSchema),
	author: person.nullable(),
	created_at: timestamp,
	updated_at: timestamp,
	updated_by: person.nullable(),
	revision: z.number().int().positive(),
	hidden_at: timestamp.nullable(),
	revisions: z.array(revisionSchema).min(1)
});

const membershipSchema = z.strictObject({
	person,
	role: roleSchema,
	markets: z.array(z.string().regex(/^[A-Z]{2}$/)),
	created_at: timestamp,
	created_by: person.nullable()
});

const creatorSchema = z.strictObject({ ...creatorFields.shape, updated_at: timestamp });

const experimentSchema = z.strictObject({
	id: experimentIdSchema,
	content: checkedBy(experimentContentSchema),
	revision: z.number().int().positive(),
	created_at: timestamp,
	created_by: person.nullable(),
	updated_at: timestamp,
	updated_by: person.nullable()
});

/** A moment of a timeline record: the UTC instant and the IANA zone it was written in. */
const moment = z.strictObject({
	utc: zonedTimestampSchema.shape.utc,
	zone: z.string().superRefine((zone, context) => {
		if (isTimeZone(zone)) return;
		context.addIssue({
			code: 'custom',
			message: 'problem_time_zone_unknown',
			params: { value: zone }
		});
	})
});
type Moment = z.output<typeof moment>;

/** Whether `later` is before `earlier`; false while either is not a valid moment. */
function isBefore(later: Moment | null, earlier: Moment): boolean {
	if (!later || !isTimeZone(later.zone) || !isTimeZone(earlier.zone)) return false;
	return Date.parse(later.utc) < Date.parse(earlier.utc);
}

const sourcing = sourcingRecordSchema.shape;
const sourcingSchema = z
	.strictObject({
		market: sourcing.market,
		creator_id: sourcing.creatorId,
		channel: sourcing.channel,
		contacted_at: moment,
		agreed_at: moment.nullable(),
		outcome: sourcing.outcome,
		updated_at: timestamp
	})
	// The checks the sourcing file's reader makes, so that a backup brings no record it refuses.
	.superRefine((record, context) => {
		const issue = (message: string, params?: Record<string, string>) =>
			context.addIssue({ code: 'custom', message, path: ['agreed_at'], params });
		if (record.outcome === 'agreed' && record.agreed_at === null) {
			issue('problem_timeline_agreed_missing');
		} else if (record.outcome !== 'agreed' && record.agreed_at !== null) {
			issue('problem_timeline_agreed_not_agreed', { outcome: record.outcome });
		} else if (isBefore(record.agreed_at, record.contacted_at)) {
			issue('problem_timeline_agreed_before_contact', {
				contacted: toLocalText(record.contacted_at)
			});
		}
	});

const approval = approvalRecordSchema.shape;
const approvalSchema = z
	.strictObject({
		market: approval.market,
		content_id: approval.contentId,
		revision: approval.revision,
		creator_id: approval.creatorId,
		submitted_at: moment,
		decided_at: moment,
		decision: approval.decision,
		due_on: approval.dueOn,
		updated_at: timestamp
	})
	.superRefine((record, context) => {
		if (!isBefore(record.decided_at, record.submitted_at)) return;
		context.addIssue({
			code: 'custom',
			message: 'problem_timeline_decided_before_submitted',
			path: ['decided_at'],
			params: { submitted: toLocalText(record.submitted_at) }
		});
	});

/** A campaign backup as written to the file, before its integrity is checked. */
export const backupDocumentSchema = z.strictObject({
	format: z.literal(BACKUP_FORMAT),
	exported_at: timestamp,
	app: z.strictObject({ name: z.literal('parallax'), version: z.string().min(1) }),
	campaign: z.strictObject({ created_at: timestamp, settings: campaignSchema }),
	people: z.array(z.strictObject({ email: emailSchema, name: nameSchema })),
	fx_rates: z.array(fxRateSchema),
	files: z.array(z.strictObject({ sha256, base64: z.string() })),
	imports: z.array(importSchema),
	definitions: z.array(definitionVersionSchema),
	metrics: z.array(metricSchema),
	annotations: z.array(annotationSchema),
	memberships: z.array(membershipSchema),
	creators: z.array(creatorSchema),
	// Added to format 1 later: a file written before them has none, and still reads.
	experiments: z.array(experimentSchema).default([]),
	sourcing: z.array(sourcingSchema).default([]),
	approvals: z.array(approvalSchema).default([])
});

/** A campaign backup as the file holds it. */
export type BackupDocument = z.input<typeof backupDocumentSchema>;
/** A campaign backup as read and checked. */
export type CheckedDocument = z.output<typeof backupDocumentSchema>;

/** A read backup: the document, and each original file's bytes by sha256 (checked). */
export interface CampaignBackup {
	document: CheckedDocument;
	originals: Map<string, Uint8Array>;
}

/**
 * A backup file that cannot be read: damaged, of another format, or inconsistent. Its message is
 * the problem in English, the command line's language; a page words `problem` for its reader.
 */
export class BackupError extends Error {
	readonly problem: Problem;

	constructor(problem: Problem) {
		super(problemText(problem, 'en'));
		this.problem = problem;
	}
}
