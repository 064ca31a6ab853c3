import type { Problem } from '$lib/domain/problem';
import { problemText } from '$lib/i18n/problem-text';
import { ImportError } from '$lib/ingest/import-options';
import type { ImportReport, Reject } from '$lib/ingest/report';
import type { Locale } from '$lib/paraglide/runtime';

/**
 * A problem kept beside its English wording (an import report, an inbox note), in the reader's
 * language; the English as kept when there is no problem (written by an older version, or a
 * fault no problem names).
 */
export function keptText(
	problem: Problem | null | undefined,
	english: string,
	locale?: Locale
): string {
	return problem ? problemText(problem, locale) : english;
}

/** Why a row was rejected, in the reader's language. */
export function rejectReason(
	reject: Pick<Reject, 'reason'> & Partial<Pick<Reject, 'code' | 'params'>>,
	locale?: Locale
): string {
	const problem = reject.code ? { code: reject.code, params: reject.params } : null;
	return keptText(problem, reject.reason, locale);
}

/** A report's warnings, in the reader's language. */
export function reportWarnings(
	report: Pick<ImportReport, 'warnings'> & Partial<Pick<ImportReport, 'warning_problems'>>,
	locale?: Locale
): string[] {
	const problems = report.warning_problems;
	if (!problems || problems.length !== report.warnings.length) return report.warnings;
	return problems.map((problem) => problemText(problem, locale));
}

/**
 * Why a file could not be previewed: the import's problem in the reader's language, or the
 * message of any other failure.
 */
export function importFailureText(error: unknown, locale?: Locale): string {
	if (error instanceof ImportError) return problemText(error.problem, locale);
	return error instanceof Error ? error.message : String(error);
}
