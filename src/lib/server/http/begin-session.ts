import type { RequestEvent } from '@sveltejs/kit';
import type { People } from '../access/people';
import { setLocaleCookie, setSessionCookie } from './cookies';

/**
 * Signs an account in on this browser with a new session, ending the one the browser had, so
 * that a session id planted before sign-in is worthless after it.
 */
export function beginSession(event: RequestEvent, people: People, accountId: string): void {
	if (event.locals.sessionToken) people.sessions.revoke(event.locals.sessionToken);
	const { token, session } = people.sessions.create(accountId);
	setSessionCookie(event.cookies, token, session.expiresAt, people.now());
	// The language the person chose elsewhere follows them into this browser.
	const locale = people.accounts.localeOf(accountId);
	if (locale) setLocaleCookie(event.cookies, locale);
}
