import { z } from 'zod';
import { issueProblem, type Problem } from '$lib/domain/problem';
import { DEFAULT_EFFECT_DAYS, MAX_EFFECT_DAYS } from '../annotations/observed-effect-service';

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'problem_day_format')
	.refine((text) => {
		const date = new Date(`${text}T00:00:00Z`);
		return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
	}, 'problem_day_unknown');

/**
 * What a retrospective is drawn for, as the page's query (`?as_of=…&days=…`) and the command
 * line (`--as-of`, `--days`) give it: the clock for the as-of day, and N, the days compared
 * before and after each decision.
 */
export const retroOptionsSchema = z.object({
	asOf: isoDate.optional(),
	days: z.coerce
		.number()
		.int('problem_days_whole')
		.min(1, 'problem_days_minimum')
		.max(MAX_EFFECT_DAYS, 'problem_days_maximum')
		.default(DEFAULT_EFFECT_DAYS)
});
export type RetroOptions = z.infer<typeof retroOptionsSchema>;

/** The options in a URL's query, or the first problem with them and the parameter it is in. */
export function retroOptionsOf(
	query: URLSearchParams
): { ok: true; options: RetroOptions } | { ok: false; param: 'as_of' | 'days'; problem: Problem } {
	const parsed = retroOptionsSchema.safeParse({
		asOf: query.get('as_of') || undefined,
		days: query.get('days') || undefined
	});
	if (parsed.success) return { ok: true, options: parsed.data };
	const issue = parsed.error.issues[0]!;
	return {
		ok: false,
		param: issue.path[0] === 'asOf' ? 'as_of' : 'days',
		problem: issueProblem(issue)
	};
}
