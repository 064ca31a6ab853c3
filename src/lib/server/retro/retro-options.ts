import { z } from 'zod';
import { DEFAULT_EFFECT_DAYS, MAX_EFFECT_DAYS } from '../annotations/observed-effect-service';

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
	.refine((text) => {
		const date = new Date(`${text}T00:00:00Z`);
		return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
	}, 'expected a date that exists');

/**
 * What a retrospective is drawn for, as the page's query (`?as_of=…&days=…`) and the command
 * line (`--as-of`, `--days`) give it: the clock for the as-of day, and N, the days compared
 * before and after each decision.
 */
export const retroOptionsSchema = z.object({
	asOf: isoDate.optional(),
	days: z.coerce
		.number()
		.int('days must be a whole number')
		.min(1, 'days must be at least 1')
		.max(MAX_EFFECT_DAYS, `days must be at most ${MAX_EFFECT_DAYS}`)
		.default(DEFAULT_EFFECT_DAYS)
});
export type RetroOptions = z.infer<typeof retroOptionsSchema>;

/** The options in a URL's query, or the first problem with them in words. */
export function retroOptionsOf(
	query: URLSearchParams
): { ok: true; options: RetroOptions } | { ok: false; message: string } {
	const parsed = retroOptionsSchema.safeParse({
		asOf: query.get('as_of') || undefined,
		days: query.get('days') || undefined
	});
	if (parsed.success) return { ok: true, options: parsed.data };
	const issue = parsed.error.issues[0]!;
	return { ok: false, message: `${issue.path[0] === 'asOf' ? 'as_of' : 'days'}: ${issue.message}` };
}
