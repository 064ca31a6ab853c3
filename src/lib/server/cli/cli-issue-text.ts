import type { z } from 'zod';
import { isProblemCode } from '$lib/domain/problem';
import { issueText } from '$lib/i18n/issue-text';

/**
 * A zod issue as the command line says it: a problem code worded in English (the language of
 * the command line's output), a message written for the command line as it is.
 */
export function cliIssueText(issue: z.core.$ZodIssue): string {
	return isProblemCode(issue.message) ? issueText(issue, 'en') : issue.message;
}
