import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { roleSchema } from '$lib/domain/access';
import type { People } from './access/people';

const samplePeopleSchema = z.array(
	z.object({
		id: z.string().min(1),
		name: z.string().min(1),
		email: z.string().email(),
		role: roleSchema,
		markets: z.array(z.string()),
		team: z.string(),
		can_sign_in: z.boolean()
	})
);

// A password hash no password matches: demo people author and sign, they never sign in.
const NO_PASSWORD = '!';

/**
 * Adds the sample campaign's demo people (people.json) as accounts that cannot sign in, with
 * their roles, so that its definitions arrive signed off by named people. Returns the account
 * id of each person id. People already present (by email) are reused.
 */
export function ensureSamplePeople(
	people: People,
	campaignId: string,
	sampleDir: string
): Map<string, string> {
	const file = path.join(sampleDir, 'people.json');
	const ids = new Map<string, string>();
	if (!fs.existsSync(file)) return ids;
	for (const person of samplePeopleSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')))) {
		const account =
			people.accounts.findForSignIn(person.email)?.account ??
			people.accounts.create({
				email: person.email,
				name: person.name,
				passwordHash: NO_PASSWORD
			})!;
		ids.set(person.id, account.id);
		if (!people.memberships.find(account.id, campaignId)) {
			people.memberships.grant(
				{
					accountId: account.id,
					campaignId,
					role: person.role,
					// Only a market lead's role is scoped to markets.
					markets: person.role === 'market_lead' ? person.markets : []
				},
				null
			);
		}
	}
	return ids;
}
