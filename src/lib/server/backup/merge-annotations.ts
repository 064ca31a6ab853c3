import type { Db } from '../database';
import { mapAnnotationPeople } from './annotation-people';
import type { CheckedDocument } from './backup-format';
import type { MatchedPeople } from './merge-people';

type ExportedAnnotation = CheckedDocument['annotations'][number];

/**
 * Adds the annotations and revisions the campaign lacks, by annotation id and revision number.
 * An annotation the backup holds at a later revision than the install takes the backup's
 * current state; one the install has moved further keeps its own. Returns how many
 * annotations changed.
 */
export function mergeAnnotations(
	db: Db,
	campaignId: string,
	annotations: CheckedDocument['annotations'],
	to: MatchedPeople['to']
): number {
	const find = db.prepare('SELECT revision FROM annotation WHERE campaign_id = ? AND id = ?');
	const content = (value: Record<string, unknown>) =>
		JSON.stringify(mapAnnotationPeople(value, (person) => to(person)!));
	let changed = 0;
	for (const annotation of annotations) {
		const stored = find.get(campaignId, annotation.id) as { revision: number } | undefined;
		if (!stored) {
			db.prepare(
				`INSERT INTO annotation (campaign_id, id, content, author_id, created_at, updated_at,
					updated_by, revision, hidden_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
			).run(
				campaignId,
				annotation.id,
				content(annotation.content),
				to(annotation.author),
				annotation.created_at,
				annotation.updated_at,
				to(annotation.updated_by),
				annotation.revision,
				annotation.hidden_at
			);
		} else if (stored.revision < annotation.revision) {
			db.prepare(
				`UPDATE annotation SET content = ?, updated_at = ?, updated_by = ?, revision = ?,
					hidden_at = ? WHERE campaign_id = ? AND id = ?`
			).run(
				content(annotation.content),
				annotation.updated_at,
				to(annotation.updated_by),
				annotation.revision,
				annotation.hidden_at,
				campaignId,
				annotation.id
			);
		}
		const added = addRevisions(db, campaignId, annotation, content, to);
		if (!stored || added > 0) changed++;
	}
	return changed;
}

function addRevisions(
	db: Db,
	campaignId: string,
	annotation: ExportedAnnotation,
	content: (value: Record<string, unknown>) => string,
	to: MatchedPeople['to']
): number {
	const insert = db.prepare(
		`INSERT INTO annotation_revision (campaign_id, annotation_id, revision, content, hidden,
			changed_by, changed_at, change)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (campaign_id, annotation_id, revision) DO NOTHING`
	);
	let added = 0;
	for (const revision of annotation.revisions) {
		added += insert.run(
			campaignId,
			annotation.id,
			revision.revision,
			content(revision.content),
			revision.hidden ? 1 : 0,
			to(revision.changed_by),
			revision.changed_at,
			revision.change
		).changes;
	}
	return added;
}
