import { z } from 'zod';
import { membershipSchema, roleSchema, type Membership, type Role } from '$lib/domain/access';
import type { Db } from '../database';
import type { Clock } from './sessions';

/** A member as the people page lists them. */
export interface Member extends Membership {
	name: string;
	email: string;
	since: string;
}

interface MembershipRow {
	account_id: string;
	campaign_id: string;
	role: string;
	markets: string;
}

const marketsSchema = z.array(z.string());

/** Who holds which role, over which markets, in each campaign. */
export class MembershipStore {
	readonly #db: Db;
	readonly #now: Clock;

	constructor(db: Db, options: { now?: Clock } = {}) {
		this.#db = db;
		this.#now = options.now ?? (() => new Date());
	}

	/** Gives an account a role in a campaign, replacing the role it had there. */
	grant(membership: Membership, grantedBy: string | null): void {
		const valid = membershipSchema.parse(membership);
		this.#db
			.prepare(
				`INSERT INTO membership (account_id, campaign_id, role, markets, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (account_id, campaign_id)
				DO UPDATE SET role = excluded.role, markets = excluded.markets`
			)
			.run(
				valid.accountId,
				valid.campaignId,
				valid.role,
				JSON.stringify(valid.markets),
				this.#now().toISOString(),
				grantedBy
			);
	}

	/** An account's membership in a campaign, or null. */
	find(accountId: string, campaignId: string): Membership | null {
		const row = this.#db
			.prepare('SELECT * FROM membership WHERE account_id = ? AND campaign_id = ?')
			.get(accountId, campaignId) as MembershipRow | undefined;
		return row ? toMembership(row) : null;
	}

	/** The campaigns an account belongs to. */
	campaignsOf(accountId: string): string[] {
		return (
			this.#db
				.prepare('SELECT campaign_id FROM membership WHERE account_id = ?')
				.all(accountId) as { campaign_id: string }[]
		).map((row) => row.campaign_id);
	}

	/** A campaign's members, owners first, then by name. */
	list(campaignId: string): Member[] {
		const rows = this.#db
			.prepare(
				`SELECT m.*, a.name, a.email, m.created_at AS since FROM membership m
				JOIN account a ON a.id = m.account_id
				WHERE m.campaign_id = ? AND a.disabled_at IS NULL
				ORDER BY CASE m.role WHEN 'campaign_owner' THEN 0 WHEN 'market_lead' THEN 1
					WHEN 'recorder' THEN 2 ELSE 3 END, a.name`
			)
			.all(campaignId) as (MembershipRow & { name: string; email: string; since: string })[];
		return rows.map((row) => ({
			...toMembership(row),
			name: row.name,
			email: row.email,
			since: row.since
		}));
	}

	/** How many accounts hold a role in a campaign. */
	countWithRole(campaignId: string, role: Role): number {
		return (
			this.#db
				.prepare('SELECT count(*) AS n FROM membership WHERE campaign_id = ? AND role = ?')
				.get(campaignId, role) as { n: number }
		).n;
	}

	/** Takes an account out of a campaign; returns whether it was in it. */
	remove(accountId: string, campaignId: string): boolean {
		return (
			this.#db
				.prepare('DELETE FROM membership WHERE account_id = ? AND campaign_id = ?')
				.run(accountId, campaignId).changes > 0
		);
	}
}

function toMembership(row: MembershipRow): Membership {
	return {
		accountId: row.account_id,
		campaignId: row.campaign_id,
		role: roleSchema.parse(row.role),
		markets: marketsSchema.parse(JSON.parse(row.markets))
	};
}
