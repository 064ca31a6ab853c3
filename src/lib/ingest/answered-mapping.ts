import type { MappableField } from '$lib/domain/facts';
import { problem } from '$lib/domain/problem';
import { normalizeHeader } from './header-synonyms';
import { ImportError, type ParsedImportOptions } from './import-options';
import type { Layout } from './sniff-layout';
import { tableTitle, titledMeasure } from './titled-sections';

/**
 * The detected mapping of a file's headers, with what the file's layout and the person add:
 * Business Suite's `Primary` named by its title, the columns named in answers, and the values
 * given for the whole file.
 */
export function answeredMapping(
	detected: Record<string, MappableField>,
	layout: Layout,
	options: ParsedImportOptions
): Record<string, MappableField> {
	const titled = withTitledMeasure(detected, layout, options);
	return withGivenValues(withNamedColumns(titled, layout.headers, options), options);
}

/**
 * A market, date or period given for the whole file wins over a column; that column stays as
 * an extra.
 */
function withGivenValues(
	mapping: Record<string, MappableField>,
	options: ParsedImportOptions
): Record<string, MappableField> {
	const givenDates = options.date || options.period;
	return Object.fromEntries(
		Object.entries(mapping).filter(([, field]) => {
			if (options.market && field === 'market') return false;
			if (givenDates && (field === 'date' || field === 'period_start' || field === 'period_end'))
				return false;
			return true;
		})
	);
}

/**
 * Business Suite's `Primary` column holds the measure its title names (`Facebook reach`); a
 * person's own mapping of it wins.
 */
function withTitledMeasure(
	mapping: Record<string, MappableField>,
	layout: Layout,
	options: ParsedImportOptions
): Record<string, MappableField> {
	const primary = layout.headers.find((h) => normalizeHeader(h).key === 'primary');
	const title = tableTitle(layout);
	if (!primary || !title || mapping[primary] || options.mapping?.[primary] !== undefined)
		return mapping;
	const measure = titledMeasure(title);
	return measure ? { ...mapping, [primary]: measure as MappableField } : mapping;
}

/**
 * The mapping with the columns a person named for the dates or the market: the named header
 * takes the field, any other header mapped to it is left unmapped.
 */
function withNamedColumns(
	mapping: Record<string, MappableField>,
	headers: string[],
	options: ParsedImportOptions
): Record<string, MappableField> {
	const named: [string | undefined, MappableField][] = [
		[options.dateColumn, 'date'],
		[options.marketColumn, 'market']
	];
	let answered = mapping;
	for (const [header, field] of named) {
		if (header === undefined) continue;
		if (!headers.includes(header))
			throw new ImportError(
				problem('problem_import_option_column_unknown', { file: options.fileName, column: header })
			);
		answered = Object.fromEntries(Object.entries(answered).filter(([, f]) => f !== field));
		answered[header] = field;
	}
	return answered;
}
