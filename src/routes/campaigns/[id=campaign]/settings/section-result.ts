import type { CsvProblem } from '$lib/domain/csv-records';

/** The parts of the settings page, each with its own form(s). */
export type SettingsSection = 'general' | 'markets' | 'phases' | 'actuals' | 'fx' | 'creators';

/**
 * What a settings action answers, for the section that posted: a notice when it saved, or the
 * problems per field with what was typed; problems of an uploaded file by line.
 */
export interface SectionResult {
	section: SettingsSection;
	notice?: string;
	errors?: Record<string, string>;
	values?: Record<string, string>;
	rows?: Record<string, string>[];
	problems?: CsvProblem[];
}

/** The result for one section out of the page's `form`, or null when another section posted. */
export function resultFor(form: unknown, section: SettingsSection): SectionResult | null {
	const result = form as SectionResult | null | undefined;
	return result?.section === section ? result : null;
}
