import type { Grain, MappableField } from '$lib/domain/facts';
import type { DateFormat } from '$lib/sql/date-sql';
import type { Section } from './titled-sections';

/** One column of the file: its header, its raw VARCHAR column and what it was mapped to. */
export interface ColumnPlan {
	index: number;
	header: string;
	/** The quoted raw column (`"c3"`). */
	raw: string;
	field: MappableField | null;
	/** True when the CSV reader typed the column as DOUBLE itself (see readRawTable). */
	typed: boolean;
}

/** A column whose dates were read in a detected format. */
export interface DatedColumn {
	column: ColumnPlan;
	format: DateFormat;
}

/** Where each row's date comes from. */
export type DateSource =
	/** A date (or week) column; `Lifetime` cells take the publish date when there is one. */
	| {
			kind: 'column';
			date: DatedColumn;
			grain: 'day' | 'week';
			published: DatedColumn | null;
			/** For days written without a year: the first row's year and the way the days run. */
			year: { first: number; direction: 1 | -1 } | null;
	  }
	/** One date for the whole file (`--date`): the file holds period totals. */
	| { kind: 'given'; date: string }
	/** The days every row covers: given (`--period`), or the range line above the header. */
	| { kind: 'period'; start: string; end: string }
	/** No date column: each row is a content item's lifetime, dated by its publish time. */
	| { kind: 'published'; published: DatedColumn }
	/** No date column: Meta-style reporting window columns. */
	| { kind: 'window'; start: DatedColumn; end: DatedColumn | null };

/** Everything the row rules need to turn raw text into canonical facts. */
export interface ImportPlan {
	/** The raw table read by readRawTable. */
	raw: string;
	columns: ColumnPlan[];
	decimal: '.' | ',';
	date: DateSource;
	market: { kind: 'column'; column: ColumnPlan } | { kind: 'given'; code: string };
	/** Currency of rows whose currency column is empty, or of every row when there is none. */
	currency: { column: ColumnPlan | null; fallback: string | null };
	/** A platform column, else each titled table's platform, else the export's own. */
	platform: { column: ColumnPlan | null; fallback: string | null; sections: Section[] };
	/** Rows are cut to the window the file says it reports. */
	reportedRange: { start: string; end: string } | null;
	/** Markets a row may name; any two-letter code when null. */
	markets: string[] | null;
	/** Country names in en/es/pt → market code, for market columns that spell countries out. */
	countryCodes: Map<string, string>;
	/** Unmapped columns of text: kept, and part of a row's identity across imports. */
	extraText: ColumnPlan[];
	/** Unmapped columns of numbers (ratios, budgets): kept, but not part of a row's identity. */
	extraNumeric: ColumnPlan[];
	/** Columns saying which row is which (ids, campaign or ad names): all empty on a total row. */
	identity: ColumnPlan[];
}

/** The grain reported for a plan whose rows do not say it themselves. */
export function planGrain(date: DateSource): Grain {
	switch (date.kind) {
		case 'column':
			return date.grain;
		case 'given':
		case 'period':
		case 'window':
			return 'period';
		case 'published':
			return 'lifetime';
	}
}

/** The column mapped to a field, if any. */
export function columnFor(columns: ColumnPlan[], field: MappableField): ColumnPlan | null {
	return columns.find((c) => c.field === field) ?? null;
}
