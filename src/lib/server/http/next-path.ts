/**
 * Where to go after signing in: the `next` the sign-in page was given when it is a path on
 * this site, `/` otherwise. A full URL or `//host` would send the person to another site with
 * their trust in this one (an open redirect).
 */
export function safeNextPath(next: string | null | undefined): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
	// A control character (a tab or line break) could make a browser read the path differently.
	return [...next].some((c) => c.charCodeAt(0) < 0x20) ? '/' : next;
}

/** The sign-in page's address for someone who wanted `path`. */
export function signInPath(path: string): string {
	return path === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(path)}`;
}
