import type { CsvProblem, CsvProblemText } from '$lib/domain/csv-records';
import { problemText } from '$lib/i18n/problem-text';
import type { Locale } from '$lib/paraglide/runtime';

/** The problems of an uploaded CSV file with their reasons worded (in the request's language). */
export function csvProblemTexts(
	problems: readonly CsvProblem[],
	locale?: Locale
): CsvProblemText[] {
	return problems.map(({ problem, ...place }) => ({
		...place,
		reason: problemText(problem, locale)
	}));
}
