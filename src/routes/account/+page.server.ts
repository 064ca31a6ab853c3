import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { appContext } from '$lib/server/app-context';
import { findCampaign } from '$lib/server/campaign-store';
import { checkPasswordPolicy, hashPassword, verifyPassword } from '$lib/server/access/passwords';
import { beginSession } from '$lib/server/http/begin-session';
import { clearSessionCookie } from '$lib/server/http/cookies';
import { fieldProblem, readForm } from '$lib/server/http/form';
import { problem } from '$lib/domain/problem';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const account = locals.account!;
	const { db, people, singleUserAccount } = await appContext();
	return {
		account: { name: account.name, email: account.email, isAdmin: account.isAdmin },
		singleUser: singleUserAccount !== null,
		memberships: people.memberships.campaignsOf(account.id).map((campaignId) => ({
			...people.memberships.find(account.id, campaignId)!,
			campaign: findCampaign(db, campaignId)?.name ?? campaignId
		}))
	};
}) satisfies PageServerLoad;

const passwordSchema = z
	.object({ current_password: z.string(), password: z.string(), password_confirm: z.string() })
	.refine((form) => form.password === form.password_confirm, {
		path: ['password_confirm'],
		message: 'problem_passwords_differ'
	});

export const actions = {
	signOut: async (event) => {
		const { people } = await signedIn(event);
		if (event.locals.sessionToken) people.sessions.revoke(event.locals.sessionToken);
		clearSessionCookie(event.cookies);
		redirect(303, '/sign-in');
	},
	signOutEverywhere: async (event) => {
		const { people, account } = await signedIn(event);
		const ended = people.sessions.revokeAll(account.id);
		people.audit.record({
			accountId: account.id,
			campaignId: null,
			action: 'signed_out_everywhere',
			itemKind: 'account',
			itemId: account.id,
			detail: { sessions: ended }
		});
		clearSessionCookie(event.cookies);
		redirect(303, '/sign-in');
	},
	changePassword: async (event) => {
		const { people, account } = await signedIn(event);
		const form = await readForm(event.request, passwordSchema);
		if (!form.ok) return fail(400, form);
		const stored = people.accounts.findForSignIn(account.email);
		if (!(await verifyPassword(stored?.passwordHash ?? null, form.data.current_password))) {
			return fail(400, fieldProblem('current_password', problem('problem_password_not_current')));
		}
		const problems = checkPasswordPolicy(form.data.password, account.email);
		if (problems.length > 0) return fail(400, fieldProblem('password', problems[0]!));
		people.accounts.setPasswordHash(account.id, await hashPassword(form.data.password));
		// A changed password ends every other session: whoever knew the old one is out.
		people.sessions.revokeAll(account.id);
		beginSession({ ...event, locals: { ...event.locals, sessionToken: null } }, people, account.id);
		people.audit.record({
			accountId: account.id,
			campaignId: null,
			action: 'password_changed',
			itemKind: 'account',
			itemId: account.id,
			detail: {}
		});
		return { changed: true };
	}
} satisfies Actions;

async function signedIn(event: RequestEvent) {
	const context = await appContext();
	const account = event.locals.account;
	if (!account) error(401, m.refusal_sign_in_first());
	if (context.singleUserAccount) error(400, m.refusal_single_user_no_sign_out());
	return { ...context, account };
}
