import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { appContext } from '$lib/server/app-context';
import { locales } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';

const bodySchema = z.object({ locale: z.enum(locales) });

/**
 * Keeps the interface language the signed-in person chose (JSON `{ locale }`), so that it
 * follows them to the next browser they sign in from. The page sets its own cookie.
 */
export const POST = (async ({ request, locals }) => {
	if (!locals.account) error(401, 'Sign in to keep a language for your account.');
	const body = bodySchema.safeParse(await request.json().catch(() => null));
	if (!body.success) error(400, `Send { locale } as one of: ${locales.join(', ')}.`);
	(await appContext()).people.accounts.setLocale(locals.account.id, body.data.locale);
	return new Response(null, { status: 204 });
}) satisfies RequestHandler;
