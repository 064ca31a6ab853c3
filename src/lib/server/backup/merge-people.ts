import { randomUUID } from 'node:crypto';
import type { Db } from '../database';
import type { CheckedDocument } from './backup-format';

// A password hash no password matches, as the sample's demo people have: a person a backup
// brings along authors and signs, and cannot sign in.
const NO_PASSWORD = '!';

/** How a backup's people became this install's accounts. */
export interface MatchedPeople {
	/** This install's account id for a person the backup names; anything else unchanged. */
	to: (person: string | null) => string | null;
	/** Accounts created for people this install did not know. */
	created: number;
}

/**
 * Finds each person of a backup among this install's accounts by email, and creates an account
 * that cannot sign in for each one it lacks, so that authorship, sign-offs and roles survive.
 */
export function matchPeople(db: Db, people: CheckedDocument['people'], now: Date): MatchedPeople {
	const find = db.prepare('SELECT id FROM account WHERE email = ?');
	const insert = db.prepare(
		`INSERT INTO account (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)`
	);
	const ids = new Map<string, string>();
	let created = 0;
	for (const person of people) {
		const existing = find.get(person.email) as { id: string } | undefined;
		if (existing) {
			ids.set(person.email, existing.id);
			continue;
		}
		const id = randomUUID();
		insert.run(id, person.email, person.name, NO_PASSWORD, now.toISOString());
		ids.set(person.email, id);
		created++;
	}
	return {
		to: (person) => (person === null ? null : (ids.get(person) ?? person)),
		created
	};
}

/**
 * Gives each member of the backup their role and markets in the campaign: a membership the
 * install lacks is added as the backup has it, one that differs takes the backup's role and
 * markets. Members the backup does not name keep theirs. Returns how many changed.
 */
export function mergeMemberships(
	db: Db,
	campaignId: string,
	memberships: CheckedDocument['memberships'],
	to: MatchedPeople['to']
): number {
	const find = db.prepare(
		'SELECT role, markets FROM membership WHERE account_id = ? AND campaign_id = ?'
	);
	let changed = 0;
	for (const member of memberships) {
		const accountId = to(member.person)!;
		const markets = JSON.stringify(member.markets);
		const stored = find.get(accountId, campaignId) as { role: string; markets: string } | undefined;
		if (stored?.role === member.role && stored.markets === markets) continue;
		db.prepare(
			`INSERT INTO membership (account_id, campaign_id, role, markets, created_at, created_by)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (account_id, campaign_id) DO UPDATE SET role = excluded.role,
				markets = excluded.markets`
		).run(accountId, campaignId, member.role, markets, member.created_at, to(member.created_by));
		changed++;
	}
	return changed;
}
