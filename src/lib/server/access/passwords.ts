import { hash, parseOptions, verify, type Options } from '@node-rs/argon2';
import { problem, type Problem } from '$lib/domain/problem';

/** Shortest password accepted (OWASP: at least 8 with multi-factor, 12 without). */
export const PASSWORD_MIN_LENGTH = 12;
/** Longest password accepted; bounds the work a single sign-in can ask of the server. */
export const PASSWORD_MAX_LENGTH = 128;

// argon2id with OWASP's first recommended setting: 19 MiB, 2 passes, 1 lane.
// The algorithm is given as its number because the library declares it as a const enum.
const ARGON2ID = 2;
const HASH_OPTIONS: Options = {
	algorithm: ARGON2ID,
	memoryCost: 19456,
	timeCost: 2,
	parallelism: 1
};

// Checked against when an account does not exist, so that the reply takes as long as for a
// real account and does not reveal which email addresses have one.
const DUMMY_HASH =
	'$argon2id$v=19$m=19456,t=2,p=1$AhtH8nunsQ5jEyAfKJb5VA$lrUIy2cNOblQz3k3G3XoDhf1FGbQ5UaomdziXHTaTtE';

/**
 * Every problem with a proposed password, for the form to word; an empty list means it is
 * accepted.
 */
export function checkPasswordPolicy(password: string, email?: string): Problem[] {
	// Count characters as people see them, not UTF-16 units.
	const length = [...password].length;
	const problems: Problem[] = [];
	if (length < PASSWORD_MIN_LENGTH) {
		problems.push(problem('problem_password_too_short', { minimum: PASSWORD_MIN_LENGTH }));
	}
	if (length > PASSWORD_MAX_LENGTH) {
		problems.push(problem('problem_too_long', { maximum: PASSWORD_MAX_LENGTH }));
	}
	if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) {
		problems.push(problem('problem_password_is_email'));
	}
	return problems;
}

/** The argon2id hash (PHC string, salt included) to store for a password. */
export function hashPassword(password: string): Promise<string> {
	return hash(password, HASH_OPTIONS);
}

/**
 * Whether `password` matches `stored`. With no stored hash (unknown account) it still spends
 * the same work and answers false; a malformed hash also answers false.
 */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
	if (password.length > PASSWORD_MAX_LENGTH * 4) return false;
	try {
		const matches = await verify(stored ?? DUMMY_HASH, password);
		return stored !== null && matches;
	} catch {
		return false;
	}
}

/** Whether a stored hash was made with weaker or other settings than today's and should be redone at the next sign-in. */
export function needsRehash(stored: string): boolean {
	try {
		const used = parseOptions(stored);
		return (
			used.algorithm !== ARGON2ID ||
			used.memoryCost !== HASH_OPTIONS.memoryCost ||
			used.timeCost !== HASH_OPTIONS.timeCost ||
			used.parallelism !== HASH_OPTIONS.parallelism
		);
	} catch {
		return true;
	}
}
