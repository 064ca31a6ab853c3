import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { appContext } from '$lib/server/app-context';
import { signIn } from '$lib/server/access/sign-in';
import { isLoopback } from '$lib/server/access/single-user';
import { setLocaleCookie, setSessionCookie } from '$lib/server/http/cookies';
import { readForm } from '$lib/server/http/form';
import { safeNextPath } from '$lib/server/http/next-path';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	const next = safeNextPath(url.searchParams.get('next'));
	if (locals.account) redirect(303, next);
	const { people } = await appContext();
	if (!people.accounts.hasAdministrator()) redirect(303, '/setup');
	return {
		// Browsers drop Secure cookies on plain http except on this machine: say so up front.
		insecure: url.protocol === 'http:' && !isLoopback(url.hostname)
	};
}) satisfies PageServerLoad;

const signInSchema = z.object({
	email: z.string().trim().min(1, 'problem_email_missing'),
	password: z.string().min(1, 'problem_password_missing')
});

export const actions = {
	default: async (event) => {
		const { people } = await appContext();
		const form = await readForm(event.request, signInSchema);
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const result = await signIn(people, {
			...form.data,
			address: event.getClientAddress(),
			previousToken: event.locals.sessionToken
		});
		if (!result.ok) {
			const values = { email: form.data.email };
			// The page words the refusal in the reader's language.
			return result.reason === 'throttled'
				? fail(429, {
						values,
						retryAt: result.retryAt.toISOString(),
						refusal: 'throttled' as const
					})
				: fail(400, { values, retryAt: null, refusal: 'wrong' as const });
		}
		setSessionCookie(event.cookies, result.token, result.session.expiresAt, people.now());
		// The language the person chose elsewhere follows them into this browser.
		const locale = people.accounts.localeOf(result.account.id);
		if (locale) setLocaleCookie(event.cookies, locale);
		redirect(303, safeNextPath(event.url.searchParams.get('next')));
	}
} satisfies Actions;
