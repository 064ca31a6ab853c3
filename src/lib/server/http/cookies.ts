import { cookieMaxAge, cookieName } from '$lib/paraglide/runtime';
import type { Cookies } from '@sveltejs/kit';

/** The cookie holding the session token. */
export const SESSION_COOKIE = 'parallax_session';
/** The cookie holding a share-link token, scoped to the shared campaign's paths. */
export const SHARE_COOKIE = 'parallax_share';

// http-only: scripts cannot read the token. Secure: never sent over plain http except to
// this machine (browsers accept Secure cookies from localhost). Lax: a cross-site page cannot
// post with it, yet links from a chat or an email still open signed in.
const FLAGS = { httpOnly: true, secure: true, sameSite: 'lax' } as const;

/** Sets the session cookie to live as long as the session does. */
export function setSessionCookie(
	cookies: Cookies,
	token: string,
	expiresAt: Date,
	now: Date
): void {
	cookies.set(SESSION_COOKIE, token, { ...FLAGS, path: '/', maxAge: secondsUntil(expiresAt, now) });
}

/**
 * Sets the interface language cookie that Paraglide reads (see scripts/messages.js), as its
 * own `setLocale` would: readable by the page's script, which switches languages with it.
 */
export function setLocaleCookie(cookies: Cookies, locale: string): void {
	cookies.set(cookieName, locale, {
		path: '/',
		maxAge: cookieMaxAge,
		httpOnly: false,
		secure: false,
		sameSite: 'lax'
	});
}

/** Removes the session cookie (sign-out, or a session that ended on the server). */
export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { ...FLAGS, path: '/' });
}

/** Sets a share-link cookie, sent only with requests for its own campaign. */
export function setShareCookie(
	cookies: Cookies,
	token: string,
	campaignId: string,
	expiresAt: Date,
	now: Date
): void {
	cookies.set(SHARE_COOKIE, token, {
		...FLAGS,
		path: `/campaigns/${encodeURIComponent(campaignId)}`,
		maxAge: secondsUntil(expiresAt, now)
	});
}

function secondsUntil(at: Date, now: Date): number {
	return Math.max(0, Math.round((at.getTime() - now.getTime()) / 1000));
}
