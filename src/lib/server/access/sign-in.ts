import type { Account } from './accounts';
import { hashPassword, needsRehash, verifyPassword } from './passwords';
import type { People } from './people';
import type { Session } from './sessions';

/** Where sign-in events go besides the audit record: the server log by default. */
export type SecurityLog = (event: Record<string, string>) => void;

/** One JSON line per event on standard error, for whoever watches the server. */
export const serverLog: SecurityLog = (event) => console.warn(JSON.stringify(event));

/** What a sign-in attempt gives. */
export type SignInResult =
	| { ok: true; account: Account; token: string; session: Session }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAt: Date };

/**
 * Checks an email and password. A throttled attempt is refused before the password is looked
 * at and is not counted again, so the wait ends when the documented window has passed. On
 * success a new session replaces the one the browser had (the id rotates on every sign-in).
 */
export async function signIn(
	people: People,
	attempt: { email: string; password: string; address: string; previousToken?: string | null },
	log: SecurityLog = serverLog
): Promise<SignInResult> {
	const who = { email: attempt.email.trim().toLowerCase(), address: attempt.address };
	const verdict = people.throttle.check(who);
	if (!verdict.allowed) {
		const retryAt = verdict.retryAt.toISOString();
		log({ event: 'sign_in_throttled', ...who, limit: verdict.limit, retryAt });
		people.audit.record({
			accountId: null,
			campaignId: null,
			action: 'sign_in_throttled',
			itemKind: 'account',
			itemId: who.email,
			detail: { address: who.address, limit: verdict.limit, retryAt }
		});
		return { ok: false, reason: 'throttled', retryAt: verdict.retryAt };
	}
	const found = people.accounts.findForSignIn(who.email);
	if (!(await verifyPassword(found?.passwordHash ?? null, attempt.password)) || !found) {
		people.throttle.recordFailure(who);
		log({ event: 'sign_in_failed', ...who });
		people.audit.record({
			accountId: null,
			campaignId: null,
			action: 'sign_in_failed',
			itemKind: 'account',
			itemId: who.email,
			detail: { address: who.address }
		});
		return { ok: false, reason: 'invalid' };
	}
	people.throttle.recordSuccess(who);
	if (needsRehash(found.passwordHash)) {
		people.accounts.setPasswordHash(found.account.id, await hashPassword(attempt.password));
	}
	if (attempt.previousToken) people.sessions.revoke(attempt.previousToken);
	const { token, session } = people.sessions.create(found.account.id);
	people.audit.record({
		accountId: found.account.id,
		campaignId: null,
		action: 'sign_in',
		itemKind: 'account',
		itemId: found.account.id,
		detail: { address: who.address }
	});
	return { ok: true, account: found.account, token, session };
}
