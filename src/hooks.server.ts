import { error, type Handle, type RequestEvent, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { dev } from '$app/environment';
import { appContext, type AppContext } from '$lib/server/app-context';
import { serverConfig } from '$lib/server/config';
import { isLoopback, singleUserRefusal } from '$lib/server/access/single-user';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '$lib/server/http/cookies';
import { gate } from '$lib/server/http/gate';
import { startInboxPoller } from '$lib/server/inbox/inbox-poller';
import { m } from '$lib/paraglide/messages';

/**
 * Refuses to start in single-user mode on a reachable address; seeds before the first request
 * and starts watching the campaigns' inboxes.
 */
export const init: ServerInit = async () => {
	const config = serverConfig();
	const refusal = config.singleUser ? singleUserRefusal({ ...config.listen, dev }) : null;
	if (refusal) throw new Error(refusal);
	// Files dropped into a campaign's inbox are imported from start-up on (once per data dir).
	startInboxPoller(await appContext(config));
};

/** Renders each request in its reader's language (see vite.config.ts for how it is chosen). */
const localize: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

const protect: Handle = async ({ event, resolve }) => {
	refuseCrossSiteWrite(event);
	const context = await appContext();
	identify(event, context);
	gate(event, context);
	const response = await resolve(event);
	// Share and invite links carry their token in the path: never pass it on to another site.
	response.headers.set('referrer-policy', 'no-referrer');
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('x-frame-options', 'DENY');
	return response;
};

export const handle = sequence(localize, protect);

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * SvelteKit refuses cross-site form posts; this refuses every other cross-site write too
 * (file uploads, JSON), whatever its content type, by the same rule: the Origin header a
 * browser sends must be this site's.
 */
function refuseCrossSiteWrite(event: RequestEvent): void {
	if (!WRITES.has(event.request.method)) return;
	if (event.request.headers.get('origin') !== event.url.origin) {
		error(403, m.refusal_cross_site({ method: event.request.method }));
	}
}

/** Who is asking: the session's account, the single-user account, or nobody. */
function identify(event: RequestEvent, context: AppContext): void {
	event.locals.account = null;
	event.locals.sessionToken = null;
	if (context.singleUserAccount) {
		// The mode is refused at start on a reachable address; this also holds behind a proxy.
		if (!isLoopback(event.getClientAddress())) {
			error(403, m.refusal_single_user_machine());
		}
		event.locals.account = context.singleUserAccount;
		return;
	}
	const token = event.cookies.get(SESSION_COOKIE);
	if (!token) return;
	const session = context.people.sessions.touch(token);
	const account = session ? context.people.accounts.find(session.accountId) : null;
	if (!session || !account) {
		clearSessionCookie(event.cookies);
		return;
	}
	event.locals.account = account;
	event.locals.sessionToken = token;
	setSessionCookie(event.cookies, token, session.expiresAt, context.people.now());
}
