import { problem, type ProblemCode, type ProblemParams } from '$lib/domain/problem';
import { DATE_FORMATS } from '$lib/sql/date-formats';
import { guessPeriodFromName } from './guess-period';
import { ImportQuestion } from './import-question';
import type { HeaderMapping } from './map-headers';
import {
	columnFor,
	type ColumnPlan,
	type DatedColumn,
	type DateSource,
	type ImportPlan
} from './import-plan';
import type { ColumnKinds } from './detect-columns';
import { periodOf, type ParsedImportOptions } from './import-options';
import { countryCodes } from './country-codes';
import { identityColumns } from './identity-columns';
import type { Section } from './titled-sections';
import { guessFirstYear, type YearSteps } from './year-steps';

/** What buildPlan needs: the raw table, its columns and what detection found. */
export interface PlanInput {
	raw: string;
	columns: ColumnPlan[];
	kinds: ColumnKinds;
	options: ParsedImportOptions;
	headerMapping: HeaderMapping;
	reportedRange: { start: string; end: string } | null;
	/** The file's titled tables, when it has several (Business Suite: Facebook, then Instagram). */
	sections: Section[];
	/** How the date column's days run, when they are written without a year. */
	steps: YearSteps | null;
}

/**
 * Decides where every canonical value of a row comes from. Throws an ImportQuestion when the
 * file cannot tell a row's date or market by itself, with the best guess there is.
 */
export function buildPlan({
	raw,
	columns,
	kinds,
	options,
	headerMapping,
	reportedRange,
	sections,
	steps
}: PlanInput): ImportPlan {
	const date = dateSource(columns, kinds, options, headerMapping, reportedRange, steps);
	const marketColumn = columnFor(columns, 'market');
	let market: ImportPlan['market'];
	if (options.market) market = { kind: 'given', code: options.market };
	else if (marketColumn) market = { kind: 'column', column: marketColumn };
	else
		throw new ImportQuestion({
			kind: 'market',
			problem: problem('problem_import_ask_market', { file: options.fileName }),
			guess: guessMarket(options),
			choices: options.markets ?? [],
			columns: textHeaders(columns, kinds),
			preview: []
		});

	const extraText = columns.filter((c) => c.field === null && !kinds.numericExtras.has(c.index));
	const givenMarketCurrency = options.market
		? options.marketCurrencies?.[options.market]
		: undefined;
	return {
		raw,
		columns,
		decimal: kinds.decimal,
		date,
		market,
		currency: {
			column: columnFor(columns, 'currency'),
			fallback:
				headerMapping.currency ??
				options.currency ??
				kinds.currencyFromCells ??
				givenMarketCurrency ??
				null
		},
		platform: {
			column: columnFor(columns, 'platform'),
			fallback: headerMapping.platform === 'generic' ? null : headerMapping.platform,
			sections
		},
		reportedRange,
		markets: options.markets ?? null,
		countryCodes: market.kind === 'column' ? countryCodes() : new Map(),
		extraText,
		extraNumeric: columns.filter((c) => c.field === null && kinds.numericExtras.has(c.index)),
		identity: identityColumns(columns, extraText)
	};
}

/**
 * Where each row's date comes from, in order of precedence: a date or period given for the
 * whole file, a date column, the publish time of content exports, Meta's reporting window, the
 * range line above the header. Asks where it cannot tell.
 */
function dateSource(
	columns: ColumnPlan[],
	kinds: ColumnKinds,
	options: ParsedImportOptions,
	headerMapping: HeaderMapping,
	reportedRange: { start: string; end: string } | null,
	steps: YearSteps | null
): DateSource {
	const file = options.fileName;
	const askDates = (code: ProblemCode, params: ProblemParams = {}): never => {
		throw new ImportQuestion({
			kind: 'dates',
			problem: problem(code, { file, ...params }),
			guess: guessPeriodFromName(file),
			choices: [],
			columns: columns.map((c) => c.header),
			preview: []
		});
	};
	const dated = (
		field: 'date' | 'published_at' | 'period_start' | 'period_end'
	): DatedColumn | null => {
		const column = columnFor(columns, field);
		if (!column) return null;
		const chosen = kinds.dateFormats.get(column.index);
		if (chosen?.problem?.code === 'problem_import_date_order_mixed')
			throw new ImportQuestion({
				kind: 'date-format',
				problem: problem('problem_import_ask_date_format', {
					...chosen.problem.params,
					file,
					column: column.header
				}),
				guess: chosen.format?.id ?? null,
				choices: DATE_FORMATS.filter((f) => f.order).map((f) => f.id),
				columns: [],
				preview: []
			});
		if (chosen?.problem || !chosen?.format) {
			if (field !== 'date') return null;
			return askDates('problem_import_ask_dates_unreadable', { column: column.header });
		}
		return { column, format: chosen.format };
	};

	if (options.date) return { kind: 'given', date: options.date };
	if (options.period) return { kind: 'period', ...periodOf(options.period) };
	const lifetimeColumn = columns.find((c) => c.field === 'date' && kinds.lifetimeOnly.has(c.index));
	const dateColumn = lifetimeColumn ? null : dated('date');
	const published = dated('published_at');
	if (lifetimeColumn && !published)
		return askDates('problem_import_ask_dates_lifetime', { column: lifetimeColumn.header });
	if (dateColumn)
		return {
			kind: 'column',
			date: dateColumn,
			grain: headerMapping.dateGrain === 'week' ? 'week' : 'day',
			published,
			year: dateColumn.format.toMonthDay ? yearOf(dateColumn, steps, options, askDates) : null
		};
	if (published) return { kind: 'published', published };
	const windowStart = dated('period_start');
	if (windowStart) return { kind: 'window', start: windowStart, end: dated('period_end') };
	if (reportedRange) return { kind: 'period', ...reportedRange };
	return askDates('problem_import_ask_dates', { count: columns.length });
}

/**
 * The year of the first row of a column of days written without one, and the way they run:
 * the person's answer; asked, with a guess, until there is one. Days that turn back more than
 * once in one market (not one year's turn) cannot be given years at all.
 */
function yearOf(
	column: DatedColumn,
	steps: YearSteps | null,
	options: ParsedImportOptions,
	askDates: (code: ProblemCode, params?: ProblemParams) => never
): { first: number; direction: 1 | -1 } {
	const direction = steps?.direction ?? 1;
	if (steps && steps.wraps > 1)
		return askDates('problem_import_ask_dates_year_order', {
			column: column.column.header,
			turns: steps.wraps
		});
	if (options.year !== undefined) return { first: options.year, direction };
	throw new ImportQuestion({
		kind: 'year',
		problem: problem('problem_import_ask_year', {
			file: options.fileName,
			column: column.column.header,
			format: column.format.label
		}),
		guess: steps ? String(guessFirstYear(steps, new Date())) : null,
		choices: [],
		columns: [],
		preview: []
	});
}

/** The market a file's name gives (`BR__export.csv`), or a campaign's only market. */
function guessMarket(options: ParsedImportOptions): string | null {
	const prefix = /^([A-Za-z]{2})__/.exec(options.fileName)?.[1]?.toUpperCase() ?? null;
	if (prefix && (!options.markets || options.markets.includes(prefix))) return prefix;
	return options.markets?.length === 1 ? options.markets[0]! : null;
}

/** Headers of the unmapped text columns: where a market could be written. */
function textHeaders(columns: ColumnPlan[], kinds: ColumnKinds): string[] {
	return columns
		.filter((c) => c.field === null && !kinds.numericExtras.has(c.index))
		.map((c) => c.header);
}
