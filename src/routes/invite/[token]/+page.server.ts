import { error, fail, redirect } from '@sveltejs/kit';
import { appContext } from '$lib/server/app-context';
import { findCampaign } from '$lib/server/campaign-store';
import { newAccountSchema } from '$lib/server/access/account-form';
import { joinByInvite, type JoinResult } from '$lib/server/access/join-by-invite';
import { linkRefusal } from '$lib/server/access/link-state';
import { hashPassword } from '$lib/server/access/passwords';
import { beginSession } from '$lib/server/http/begin-session';
import { fieldProblem, readForm } from '$lib/server/http/form';
import { signInPath } from '$lib/server/http/next-path';
import { problem } from '$lib/domain/problem';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { db, people } = await appContext();
	const opened = people.invites.open(event.params.token);
	if (!opened) refuse('unknown');
	if (opened.state !== 'live') refuse(opened.state);
	const { invite } = opened;
	return {
		campaign: findCampaign(db, invite.campaignId)?.name ?? invite.campaignId,
		role: invite.role,
		markets: invite.markets,
		expiresAt: invite.expiresAt,
		account: event.locals.account ? { name: event.locals.account.name } : null,
		signInHref: signInPath(event.url.pathname)
	};
}) satisfies PageServerLoad;

export const actions = {
	/** A signed-in person joins with the account they have. */
	join: async (event) => {
		const { db, people } = await appContext();
		const account = event.locals.account;
		if (!account) error(401, m.refusal_invite_sign_in());
		finish(joinByInvite(db, people, event.params.token, account));
	},
	/** Someone new makes an account and joins with it, in one step. */
	create: async (event) => {
		const { db, people } = await appContext();
		const form = await readForm(event.request, newAccountSchema);
		if (!form.ok) return fail(400, form);
		if (people.accounts.exists(form.data.email)) {
			return fail(
				400,
				fieldProblem('email', problem('problem_email_taken'), {
					name: form.data.name,
					email: form.data.email
				})
			);
		}
		const passwordHash = await hashPassword(form.data.password);
		const result = joinByInvite(db, people, event.params.token, { ...form.data, passwordHash });
		if (result.joined) beginSession(event, people, result.account.id);
		finish(result);
	}
} satisfies Actions;

function finish(result: JoinResult): never {
	if (!result.joined) refuse(result.reason);
	redirect(303, `/campaigns/${result.membership.campaignId}/live`);
}

function refuse(reason: Exclude<JoinResult, { joined: true }>['reason']): never {
	if (reason === 'unknown') error(404, m.refusal_invite_unknown());
	if (reason === 'already_member') error(409, m.refusal_already_member());
	error(410, linkRefusal('invite', reason));
}
