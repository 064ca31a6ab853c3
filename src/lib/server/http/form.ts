import { z } from 'zod';
import { issueProblem, type Problem } from '$lib/domain/problem';
import { problemText } from '$lib/i18n/problem-text';

/**
 * A form that failed validation: the first problem per field, worded in the request's language,
 * and what was typed (never passwords).
 */
export interface FormProblems {
	errors: Record<string, string>;
	values: Record<string, string>;
}

/**
 * Fields whose typed value is never sent back to the page. Every form names its secret fields
 * with `password` in them (`password`, `password_confirm`, `current_password`) for this.
 */
const SECRET = /password/i;

/** A repeated field (checkboxes): absent, one value or many, always as a list. */
export function listOf<T extends z.ZodType>(item: T) {
	return z.preprocess(
		(value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
		z.array(item)
	);
}

/**
 * Reads a posted form through a zod schema whose messages are problem codes
 * (src/lib/domain/problem.ts). Repeated fields (checkboxes) arrive as arrays; on failure each
 * field's first problem comes back worded in the request's language, with the typed values
 * for the form to keep, passwords excepted.
 */
export async function readForm<S extends z.ZodType>(
	request: Request,
	schema: S
): Promise<{ ok: true; data: z.infer<S> } | ({ ok: false } & FormProblems)> {
	const form = await request.formData();
	const raw: Record<string, string | string[]> = {};
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
		raw[key] = all.length > 1 ? all : (all[0] ?? '');
	}
	const parsed = schema.safeParse(raw);
	if (parsed.success) return { ok: true, data: parsed.data };
	const errors: Record<string, string> = {};
	for (const issue of parsed.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= problemText(issueProblem(issue));
	}
	const values: Record<string, string> = {};
	for (const [key, value] of Object.entries(raw)) {
		if (!SECRET.test(key) && typeof value === 'string') values[key] = value;
	}
	return { ok: false, errors, values };
}

/**
 * One field's problem, found after validation (a taken email, a wrong current password), worded
 * in the request's language.
 */
export function fieldProblem(
	field: string,
	problem: Problem,
	values: Record<string, string> = {}
): FormProblems {
	return { errors: { [field]: problemText(problem) }, values };
}
