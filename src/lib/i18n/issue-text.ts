import type { z } from 'zod';
import { isProblemCode, issueProblem, problem, type Problem } from '$lib/domain/problem';
import type { Locale } from '$lib/paraglide/runtime';
import { problemText } from './problem-text';

/**
 * The problem a zod issue of a JSON body or a file stands for: its problem code, or for a key
 * the schema does not know (most often a typo) that key, which `issueProblem` would only call
 * not valid.
 */
function bodyIssueProblem(issue: z.core.$ZodIssue): Problem {
	if (issue.code === 'unrecognized_keys' && !isProblemCode(issue.message)) {
		return problem('problem_unknown_keys', { keys: issue.keys.join(', ') });
	}
	return issueProblem(issue);
}

/** One problem of a JSON body worded: in the request's language unless one is given. */
export function issueText(issue: z.core.$ZodIssue, locale?: Locale): string {
	return problemText(bodyIssueProblem(issue), locale);
}

/**
 * Every problem of a JSON body worded in one line, each after the path it lies at
 * (`title: Write a title.; scope.markets.0: …`): in the request's language unless one is given.
 */
export function issuesText(issues: readonly z.core.$ZodIssue[], locale?: Locale): string {
	return issues
		.map((issue) => {
			const text = issueText(issue, locale);
			return issue.path.length > 0 ? `${issue.path.join('.')}: ${text}` : text;
		})
		.join('; ');
}
