import { fail, redirect } from '@sveltejs/kit';
import { appContext } from '$lib/server/app-context';
import { newAccountSchema } from '$lib/server/access/account-form';
import { hashPassword } from '$lib/server/access/passwords';
import { beginSession } from '$lib/server/http/begin-session';
import { readForm } from '$lib/server/http/form';
import type { Actions, PageServerLoad } from './$types';

/** The first start of an install: the one form that makes its administrator. */
export const load = (async () => {
	const context = await appContext();
	if (context.singleUserAccount) redirect(303, '/');
	if (context.people.accounts.hasAdministrator()) redirect(303, '/sign-in');
	return {};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { people } = await appContext();
		const form = await readForm(event.request, newAccountSchema);
		if (!form.ok) return fail(400, form);
		const account = people.accounts.create(
			{ ...form.data, passwordHash: await hashPassword(form.data.password), isAdmin: true },
			{ onlyIfNoAdministrator: true }
		);
		// Someone else finished the form first: this install already has its administrator.
		if (!account) redirect(303, '/sign-in');
		people.audit.record({
			accountId: account.id,
			campaignId: null,
			action: 'administrator_created',
			itemKind: 'account',
			itemId: account.id,
			detail: { email: account.email, name: account.name }
		});
		beginSession(event, people, account.id);
		redirect(303, '/');
	}
} satisfies Actions;
