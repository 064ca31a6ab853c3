import type { Problem } from '$lib/domain/problem';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

type Wording = (params: Record<string, unknown>, options: { locale?: Locale }) => string;

const wordings = m as unknown as Record<string, Wording | undefined>;

/**
 * A problem worded in a language: the request's own (the cookie or the browser's language)
 * unless one is given. The command line asks for English, the language of its output.
 */
export function problemText(problem: Problem, locale?: Locale): string {
	const options = locale ? { locale } : {};
	const wording = wordings[problem.code];
	// Every code the source uses has a message (tests/unit/problem-codes.test.ts); this only
	// guards a report stored by another version of Parallax.
	if (!wording) return m.problem_invalid_value({}, options);
	return wording(problem.params ?? {}, options);
}

/** Every problem of a form worded, keyed as the problems are. */
export function problemTexts(
	problems: Readonly<Record<string, Problem>>,
	locale?: Locale
): Record<string, string> {
	return Object.fromEntries(
		Object.entries(problems).map(([key, problem]) => [key, problemText(problem, locale)])
	);
}
