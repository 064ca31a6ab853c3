import type { z } from 'zod';

/** The code of a problem: the key of the message that words it, such as `problem_market_code`. */
export type ProblemCode = `problem_${string}`;

/** The values a problem's wording fills in (a typed value, a row number, a limit). */
export type ProblemParams = Record<string, string | number>;

/**
 * Something wrong with what a person typed or uploaded, as a code and the values its wording
 * needs. Domain code finds problems and never words them: the page (or the command line) does,
 * with `problemText` in src/lib/i18n, so the same problem reads in the reader's language.
 */
export interface Problem {
	code: ProblemCode;
	params?: ProblemParams;
}

/** A problem with its code and values. */
export function problem(code: ProblemCode, params?: ProblemParams): Problem {
	return params ? { code, params } : { code };
}

/** True for a text that is a problem code (a zod message our schemas set). */
export function isProblemCode(text: string): text is ProblemCode {
	return /^problem_[a-z0-9_]+$/.test(text);
}

/**
 * The problem a zod issue stands for. Parallax's schemas give a problem code as the message of
 * every check, its values in the issue's `params` (custom checks) or its limits (`maximum`,
 * `minimum`); an issue zod words itself (a value of the wrong type, which no form posts) is
 * `problem_invalid_value`.
 */
export function issueProblem(issue: z.core.$ZodIssue): Problem {
	if (!isProblemCode(issue.message)) return { code: 'problem_invalid_value' };
	const params: ProblemParams = {};
	if (issue.code === 'custom') Object.assign(params, issue.params);
	if (issue.code === 'too_big' || issue.code === 'too_small') {
		const limit = issue.code === 'too_big' ? issue.maximum : issue.minimum;
		params[issue.code === 'too_big' ? 'maximum' : 'minimum'] = Number(limit);
	}
	return problem(issue.message, Object.keys(params).length > 0 ? params : undefined);
}
