import type { CsvProblemText } from '$lib/domain/csv-records';

/** The parts of the settings page, each with its own form(s). */
export type SettingsSection =
	| 'general'
	| 'markets'
	| 'phases'
	| 'actuals'
	| 'actuals_file'
	| 'fx'
	| 'creators'
	| TimelineRecords;

/** The kinds of timeline record a campaign keeps from files: creators approached, reviews. */
export type TimelineRecords = 'sourcing' | 'approvals';

/** What a settings action did, in codes and numbers; the page words it (section-notice.ts). */
export type SectionNotice =
	| { kind: 'saved'; changes: number }
	| { kind: 'rate_set'; currency: string; rate: number; days: number }
	| { kind: 'rates_removed'; currency: string; count: number }
	| { kind: 'rates_uploaded'; file: string; count: number; currencies: string[] }
	| {
			kind: 'creators_uploaded';
			file: string;
			added: number;
			updated: number;
			/** How many the new list left out; null when the list was added to, not replaced. */
			removed: number | null;
			rejected: number;
	  }
	| {
			kind: 'timeline_records_uploaded';
			records: TimelineRecords;
			file: string;
			added: number;
			updated: number;
			/** How many the file's records left out; null when they were added to, not replaced. */
			removed: number | null;
			rejected: number;
	  }
	| { kind: 'actual_phases_uploaded'; file: string; phases: number; rejected: number };

/** Why an uploaded file saved nothing (its problems, if any, come as `problems`). */
export type FileRefusal =
	| { kind: 'fx_problems'; file: string; problems: number }
	| { kind: 'no_creators'; file: string }
	| { kind: 'no_timeline_records'; records: TimelineRecords; file: string }
	| { kind: 'no_actual_phases'; file: string };

/**
 * What a settings action answers, for the section that posted: a notice when it saved, or the
 * problems per field (worded in the reader's language) with what was typed; problems of an
 * uploaded file by line.
 */
export interface SectionResult {
	section: SettingsSection;
	notice?: SectionNotice;
	errors?: Record<string, string>;
	/** An uploaded file that saved nothing; shown in place of `errors.file`. */
	refused?: FileRefusal;
	values?: Record<string, string>;
	rows?: Record<string, string>[];
	problems?: CsvProblemText[];
}

/** The result for one section out of the page's `form`, or null when another section posted. */
export function resultFor(form: unknown, section: SettingsSection): SectionResult | null {
	const result = form as SectionResult | null | undefined;
	return result?.section === section ? result : null;
}
