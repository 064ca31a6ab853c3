import type { DefinitionFileError } from '$lib/domain/definitions-yaml';
import type { FormulaPlace } from '$lib/domain/metrics/custom-metrics';
import type { Problem } from '$lib/domain/problem';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { formulaErrorText } from './formula-text';
import { problemText } from './problem-text';

/** A problem with a definition or a metric, and where in a formula it lies when it is there. */
export interface PlacedProblem {
	problem: Problem;
	formula?: FormulaPlace;
}

/**
 * A problem of a definitions file or a metric worded: in a formula, with its column and the
 * text to write there ("at column 5 of the formula: unknown column `likez` — did you mean
 * `likes`? (try likes)"); a reference to a broken metric says what is wrong inside it. In the
 * request's language unless one is given; the command line asks for English.
 */
export function placedProblemText(placed: PlacedProblem, locale?: Locale): string {
	const options = locale ? { locale } : {};
	const { problem, formula } = placed;
	if (!formula) return problemText(problem, locale);
	const text = formulaErrorText({ problem, cause: formula.cause }, locale);
	const at = m.definitions_formula_problem({ column: formula.column, problem: text }, options);
	return formula.suggestion === undefined
		? at
		: `${at} ${m.definitions_formula_try({ suggestion: formula.suggestion }, options)}`;
}

/** A definitions file's problems as a page shows them: where each is, and its words. */
export function fileErrorTexts(
	errors: readonly DefinitionFileError[],
	locale?: Locale
): { line: number | null; column: number | null; path: string; message: string }[] {
	return errors.map((error) => ({
		line: error.line,
		column: error.column,
		path: error.path,
		message: placedProblemText(error, locale)
	}));
}
