import type { FormulaError } from '$lib/domain/metrics/ast';
import type { Locale } from '$lib/paraglide/runtime';
import { problemText } from './problem-text';

/**
 * A formula's problem worded, without its place: a reference to a metric whose own formula is
 * wrong says what is wrong inside it ("metric `bad` has an error: unknown column `likez`").
 * In the request's language unless one is given.
 */
export function formulaErrorText(
	error: Pick<FormulaError, 'problem' | 'cause'>,
	locale?: Locale
): string {
	const text = problemText(error.problem, locale);
	return error.cause ? `${text} ${problemText(error.cause, locale)}` : text;
}
