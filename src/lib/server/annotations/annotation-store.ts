import { randomBytes } from 'node:crypto';
import {
	annotationContentSchema,
	annotationIdSchema,
	annotationStart,
	positionSchema,
	resolutionSchema,
	type Annotation,
	type AnnotationContent,
	type AnnotationContentInput,
	type PositionInput
} from '$lib/domain/annotations';
import { problem, type Problem } from '$lib/domain/problem';
import { problemText } from '$lib/i18n/problem-text';
import type { Db } from '../database';
import type { Clock } from '../access/sessions';

/** What one revision of an annotation did. */
export type AnnotationChange =
	'created' | 'edited' | 'hidden' | 'shown' | 'position_added' | 'resolved';

/** One kept state of an annotation: who changed it, when, how, and which fields differ. */
export interface AnnotationRevision {
	revision: number;
	change: AnnotationChange;
	changedBy: string | null;
	changedAt: string;
	/** Top-level fields (and `hidden`) that differ from the revision before; none when created. */
	changed: string[];
	content: AnnotationContent;
	hidden: boolean;
}

/** What a guarded write gives: the annotation saved, or the newer one that made it stale. */
export type AnnotationSaveResult = { saved: Annotation } | { stale: Annotation };

/**
 * A write the store refuses whatever the revision: an unknown id, or a kind it does not fit.
 * Its problem is what the API words for the reader; the message is its English wording.
 */
export class AnnotationRefusal extends Error {
	constructor(readonly problem: Problem) {
		super(problemText(problem, 'en'));
	}
}

interface AnnotationRow {
	id: string;
	content: string;
	author_id: string | null;
	created_at: string;
	updated_at: string;
	updated_by: string | null;
	revision: number;
	hidden_at: string | null;
}

interface RevisionRow {
	revision: number;
	content: string;
	hidden: number;
	changed_by: string | null;
	changed_at: string;
	change: AnnotationChange;
}

/**
 * Annotations of campaigns with every revision kept. Edits, hiding and resolving are guarded
 * by the revision the editor started from; positions append without one. Nothing is deleted:
 * deleting hides, and hiding can be undone.
 */
export class AnnotationStore {
	readonly #db: Db;
	readonly #now: Clock;

	constructor(db: Db, options: { now?: Clock } = {}) {
		this.#db = db;
		this.#now = options.now ?? (() => new Date());
	}

	/**
	 * Stores a new annotation at revision 1. `id` and `at` are for seeding: a given id (refused
	 * when taken) and the time it was written; otherwise a new `ann-…` id and the clock's time.
	 */
	create(
		campaignId: string,
		content: AnnotationContentInput,
		authorId: string | null,
		id?: string,
		at?: Date
	): Annotation {
		const valid = annotationContentSchema.parse(content);
		return this.#db
			.transaction(() => {
				const annotationId =
					id === undefined ? this.#newId(campaignId) : annotationIdSchema.parse(id);
				if (this.find(campaignId, annotationId)) {
					throw new AnnotationRefusal(problem('problem_annotation_exists', { id: annotationId }));
				}
				const when = (at ?? this.#now()).toISOString();
				this.#db
					.prepare(
						`INSERT INTO annotation (campaign_id, id, content, author_id, created_at, updated_at,
						updated_by, revision) VALUES (?, ?, ?, ?, ?, ?, ?, 1)`
					)
					.run(campaignId, annotationId, JSON.stringify(valid), authorId, when, when, authorId);
				this.#record(campaignId, annotationId, 1, valid, false, authorId, when, 'created');
				return this.find(campaignId, annotationId)!;
			})
			.immediate();
	}

	/** One annotation, hidden or not; null if there is none with that id. */
	find(campaignId: string, id: string): Annotation | null {
		const row = this.#db
			.prepare('SELECT * FROM annotation WHERE campaign_id = ? AND id = ?')
			.get(campaignId, id) as AnnotationRow | undefined;
		return row ? toAnnotation(row) : null;
	}

	/** A campaign's annotations, oldest first by the day they start, then by creation. */
	list(campaignId: string, options: { includeHidden?: boolean } = {}): Annotation[] {
		const rows = this.#db
			.prepare(
				`SELECT * FROM annotation WHERE campaign_id = ?
				${options.includeHidden ? '' : 'AND hidden_at IS NULL'}`
			)
			.all(campaignId) as AnnotationRow[];
		return rows
			.map(toAnnotation)
			.sort(
				(a, b) =>
					compare(annotationStart(a.time), annotationStart(b.time)) ||
					compare(a.createdAt, b.createdAt) ||
					compare(a.id, b.id)
			);
	}

	/**
	 * Saves new content over an annotation, unless it moved on since `baseRevision` (then
	 * nothing changes and the newer one comes back). The kind never changes. A disagreement's
	 * positions and resolution are kept when the content leaves them out.
	 */
	update(
		campaignId: string,
		id: string,
		content: AnnotationContentInput,
		by: string | null,
		baseRevision: number
	): AnnotationSaveResult {
		return this.#db
			.transaction((): AnnotationSaveResult => {
				const current = this.#existing(campaignId, id);
				const valid = annotationContentSchema.parse(keepThread(current, content));
				if (valid.kind !== current.kind) {
					throw new AnnotationRefusal(problem('problem_annotation_kind_fixed', { id }));
				}
				if (current.revision !== baseRevision) return { stale: current };
				// Saving what is already there records no revision.
				if (canonical(contentOf(current)) === canonical(valid)) return { saved: current };
				return { saved: this.#write(campaignId, current, valid, current.hidden, by, 'edited') };
			})
			.immediate();
	}

	/** Hides an annotation (what deleting does) or shows it again, guarded like an edit. */
	setHidden(
		campaignId: string,
		id: string,
		hidden: boolean,
		by: string | null,
		baseRevision: number
	): AnnotationSaveResult {
		return this.#db
			.transaction((): AnnotationSaveResult => {
				const current = this.#existing(campaignId, id);
				if (current.revision !== baseRevision) return { stale: current };
				if (current.hidden === hidden) return { saved: current };
				const change = hidden ? 'hidden' : 'shown';
				return { saved: this.#write(campaignId, current, current, hidden, by, change) };
			})
			.immediate();
	}

	/** Adds a position to a disagreement. Positions only append, so no base revision is needed. */
	addPosition(
		campaignId: string,
		id: string,
		position: PositionInput,
		by: string | null
	): Annotation {
		const valid = positionSchema.parse(position);
		return this.#db
			.transaction(() => {
				const current = this.#existing(campaignId, id, 'disagreement');
				const content = { ...current, positions: [...(current.positions ?? []), valid] };
				return this.#write(campaignId, current, content, current.hidden, by, 'position_added');
			})
			.immediate();
	}

	/** Records how a disagreement ended, by whom and now; guarded like an edit. */
	resolve(
		campaignId: string,
		id: string,
		outcome: string,
		by: string,
		baseRevision: number
	): AnnotationSaveResult {
		return this.#db
			.transaction((): AnnotationSaveResult => {
				const current = this.#existing(campaignId, id, 'disagreement');
				if (current.revision !== baseRevision) return { stale: current };
				const resolution = resolutionSchema.parse({
					outcome,
					by,
					at: this.#now().toISOString()
				});
				const content = { ...current, resolution };
				return { saved: this.#write(campaignId, current, content, current.hidden, by, 'resolved') };
			})
			.immediate();
	}

	/** Every revision of an annotation, oldest first; none for an unknown id. */
	revisions(campaignId: string, id: string): AnnotationRevision[] {
		const rows = this.#db
			.prepare(
				`SELECT * FROM annotation_revision WHERE campaign_id = ? AND annotation_id = ?
				ORDER BY revision`
			)
			.all(campaignId, id) as RevisionRow[];
		let previous: AnnotationRevision | null = null;
		return rows.map((row) => {
			const content = annotationContentSchema.parse(JSON.parse(row.content));
			const hidden = row.hidden === 1;
			const revision: AnnotationRevision = {
				revision: row.revision,
				change: row.change,
				changedBy: row.changed_by,
				changedAt: row.changed_at,
				changed: previous ? changedFields(previous, { content, hidden }) : [],
				content,
				hidden
			};
			previous = revision;
			return revision;
		});
	}

	#existing(campaignId: string, id: string, kind?: 'disagreement'): Annotation {
		const current = this.find(campaignId, id);
		if (!current) throw new AnnotationRefusal(problem('problem_annotation_unknown', { id }));
		if (kind && current.kind !== kind) {
			throw new AnnotationRefusal(problem('problem_disagreement_fields', { kind: current.kind }));
		}
		return current;
	}

	#write(
		campaignId: string,
		current: Annotation,
		content: AnnotationContentInput,
		hidden: boolean,
		by: string | null,
		change: AnnotationChange
	): Annotation {
		const valid = annotationContentSchema.parse(contentOf(content));
		const now = this.#now().toISOString();
		const revision = current.revision + 1;
		this.#db
			.prepare(
				`UPDATE annotation SET content = ?, updated_at = ?, updated_by = ?, revision = ?,
				hidden_at = CASE WHEN ? THEN coalesce(hidden_at, ?) ELSE NULL END
				WHERE campaign_id = ? AND id = ?`
			)
			.run(JSON.stringify(valid), now, by, revision, hidden ? 1 : 0, now, campaignId, current.id);
		this.#record(campaignId, current.id, revision, valid, hidden, by, now, change);
		return this.find(campaignId, current.id)!;
	}

	#record(
		campaignId: string,
		id: string,
		revision: number,
		content: AnnotationContent,
		hidden: boolean,
		by: string | null,
		at: string,
		change: AnnotationChange
	): void {
		this.#db
			.prepare(
				`INSERT INTO annotation_revision (campaign_id, annotation_id, revision, content, hidden,
				changed_by, changed_at, change) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
			)
			.run(campaignId, id, revision, JSON.stringify(content), hidden ? 1 : 0, by, at, change);
	}

	#newId(campaignId: string): string {
		for (;;) {
			const id = `ann-${BigInt(`0x${randomBytes(8).toString('hex')}`).toString(36)}`;
			if (!this.find(campaignId, id)) return id;
		}
	}
}

function toAnnotation(row: AnnotationRow): Annotation {
	return {
		...annotationContentSchema.parse(JSON.parse(row.content)),
		id: row.id,
		authorId: row.author_id,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		updatedBy: row.updated_by,
		revision: row.revision,
		hidden: row.hidden_at !== null
	};
}

const RECORD_FIELDS = [
	'id',
	'authorId',
	'createdAt',
	'updatedAt',
	'updatedBy',
	'revision',
	'hidden'
] as const;

/** The content part of an annotation (or of content already), without its record fields. */
function contentOf(annotation: AnnotationContentInput | Annotation): AnnotationContentInput {
	const content: Record<string, unknown> = { ...annotation };
	for (const field of RECORD_FIELDS) delete content[field];
	return content as AnnotationContentInput;
}

/**
 * An edit form need not carry a disagreement's thread: positions and resolution it leaves
 * out are taken from the stored annotation rather than cleared.
 */
function keepThread(current: Annotation, content: AnnotationContentInput): AnnotationContentInput {
	if (current.kind !== 'disagreement' || content.kind !== 'disagreement') return content;
	return {
		...content,
		positions: content.positions ?? current.positions,
		resolution: content.resolution === undefined ? current.resolution : content.resolution
	};
}

function changedFields(
	before: { content: AnnotationContent; hidden: boolean },
	after: { content: AnnotationContent; hidden: boolean }
): string[] {
	const fields = new Set([...Object.keys(after.content), ...Object.keys(before.content)]);
	const changed = [...fields].filter(
		(field) =>
			canonical(before.content[field as keyof AnnotationContent]) !==
			canonical(after.content[field as keyof AnnotationContent])
	);
	return before.hidden === after.hidden ? changed : [...changed, 'hidden'];
}

// Stringifies with object keys sorted, so that equal values compare equal whatever their key order.
function canonical(value: unknown): string | undefined {
	return JSON.stringify(value, (_, item: unknown) =>
		item && typeof item === 'object' && !Array.isArray(item)
			? Object.fromEntries(Object.entries(item).sort(([a], [b]) => compare(a, b)))
			: item
	);
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
