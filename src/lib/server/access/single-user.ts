import { isIP } from 'node:net';

/** Host names and addresses that only this machine can reach. */
export function isLoopback(host: string): boolean {
	const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
	if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
	if (isIP(bare) === 4) return bare.startsWith('127.');
	if (bare.startsWith('::ffff:')) return isLoopback(bare.slice('::ffff:'.length));
	return bare === '::1';
}

/**
 * Why single-user mode may not run with this listening address, or null when it may. Without
 * sign-in anyone who reaches the server would act as the administrator, so it is accepted only
 * on a loopback address. An unset host is refused unless the server is the development one,
 * which listens on localhost by default; a Unix socket is refused as it is usually proxied.
 */
export function singleUserRefusal(listen: {
	host: string | null;
	socketPath: string | null;
	dev: boolean;
}): string | null {
	if (listen.socketPath) {
		return 'PARALLAX_SINGLE_USER is refused while the server listens on a Unix socket.';
	}
	const host = listen.host ?? (listen.dev ? 'localhost' : '0.0.0.0');
	return isLoopback(host)
		? null
		: `PARALLAX_SINGLE_USER is refused while the server listens on ${host}: set HOST=127.0.0.1, or sign in.`;
}
