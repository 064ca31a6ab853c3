import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { appContext } from '$lib/server/app-context';
import { locales } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

const bodySchema = z.object({ locale: z.enum(locales) });

/**
 * Keeps the interface language the signed-in person chose (JSON `{ locale }`), so that it
 * follows them to the next browser they sign in from. The page sets its own cookie.
 */
export const POST = (async ({ request, locals }) => {
	if (!locals.account) error(401, m.refusal_language_sign_in());
	const body = bodySchema.safeParse(await request.json().catch(() => null));
	if (!body.success)
		error(400, m.refusal_language_body({ fields: '{ locale }', locales: locales.join(', ') }));
	(await appContext()).people.accounts.setLocale(locals.account.id, body.data.locale);
	return new Response(null, { status: 204 });
}) satisfies RequestHandler;
