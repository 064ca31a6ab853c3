import type { Db } from '../database';
import type { CheckedDocument } from './backup-format';
import type { MatchedPeople } from './merge-people';

type ExportedVersion = CheckedDocument['definitions'][number];

/**
 * Adds the definition versions the campaign lacks, by definition id and version, with their
 * signatories and sign-offs. A version both hold is taken from whichever has saved it more
 * often (its revision); at the same revision, sign-offs the backup has and the install lacks
 * are added, since a sign-off is never taken back. Returns how many versions changed.
 */
export function mergeDefinitions(
	db: Db,
	campaignId: string,
	versions: CheckedDocument['definitions'],
	to: MatchedPeople['to']
): number {
	const find = db.prepare(
		`SELECT revision FROM definition_version
		WHERE campaign_id = ? AND definition_id = ? AND version = ?`
	);
	let changed = 0;
	for (const version of versions) {
		const stored = find.get(campaignId, version.id, version.version) as
			{ revision: number } | undefined;
		if (!stored) {
			insertVersion(db, campaignId, version, to);
			changed++;
		} else if (stored.revision < version.revision) {
			updateVersion(db, campaignId, version, to);
			changed++;
		} else if (stored.revision === version.revision) {
			if (addSignOffs(db, campaignId, version, to) > 0) changed++;
		}
	}
	return changed;
}

function insertVersion(
	db: Db,
	campaignId: string,
	version: ExportedVersion,
	to: MatchedPeople['to']
): void {
	db.prepare(
		`INSERT INTO definition_version (campaign_id, definition_id, version, content, revision,
			created_at, created_by, updated_at, updated_by)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
	).run(
		campaignId,
		version.id,
		version.version,
		JSON.stringify(version.content),
		version.revision,
		version.created_at,
		to(version.created_by),
		version.updated_at,
		to(version.updated_by)
	);
	insertSignatories(db, campaignId, version, to);
}

function updateVersion(
	db: Db,
	campaignId: string,
	version: ExportedVersion,
	to: MatchedPeople['to']
): void {
	db.prepare(
		`UPDATE definition_version SET content = ?, revision = ?, updated_at = ?, updated_by = ?
		WHERE campaign_id = ? AND definition_id = ? AND version = ?`
	).run(
		JSON.stringify(version.content),
		version.revision,
		version.updated_at,
		to(version.updated_by),
		campaignId,
		version.id,
		version.version
	);
	db.prepare(
		'DELETE FROM definition_signatory WHERE campaign_id = ? AND definition_id = ? AND version = ?'
	).run(campaignId, version.id, version.version);
	insertSignatories(db, campaignId, version, to);
}

function insertSignatories(
	db: Db,
	campaignId: string,
	version: ExportedVersion,
	to: MatchedPeople['to']
): void {
	const insert = db.prepare(
		`INSERT INTO definition_signatory (campaign_id, definition_id, version, account_id, signed_at)
		VALUES (?, ?, ?, ?, ?)`
	);
	for (const signatory of version.signatories) {
		insert.run(campaignId, version.id, version.version, to(signatory.person), signatory.signed_at);
	}
}

function addSignOffs(
	db: Db,
	campaignId: string,
	version: ExportedVersion,
	to: MatchedPeople['to']
): number {
	const sign = db.prepare(
		`UPDATE definition_signatory SET signed_at = ? WHERE campaign_id = ? AND definition_id = ?
		AND version = ? AND account_id = ? AND signed_at IS NULL`
	);
	let added = 0;
	for (const signatory of version.signatories) {
		if (signatory.signed_at === null) continue;
		added += sign.run(
			signatory.signed_at,
			campaignId,
			version.id,
			version.version,
			to(signatory.person)
		).changes;
	}
	return added;
}
