import { createHash, randomBytes } from 'node:crypto';

/** A new unguessable token (32 random bytes, base64url) for a cookie or a link. */
export function createSecretToken(): string {
	return randomBytes(32).toString('base64url');
}

/**
 * The id under which a token is stored: its sha256 in hex. Only this reaches the database,
 * so a leaked copy of the database does not let anyone sign in or open a link.
 */
export function hashSecretToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
