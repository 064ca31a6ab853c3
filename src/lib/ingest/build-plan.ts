import { problem } from '$lib/domain/problem';
import type { HeaderMapping } from './map-headers';
import {
	columnFor,
	type ColumnPlan,
	type DatedColumn,
	type DateSource,
	type ImportPlan
} from './import-plan';
import type { ColumnKinds } from './detect-columns';
import { ImportError, type ParsedImportOptions } from './import-options';
import { countryCodes } from './country-codes';
import { identityColumns } from './identity-columns';

/** What buildPlan needs: the raw table, its columns and what detection found. */
export interface PlanInput {
	raw: string;
	columns: ColumnPlan[];
	kinds: ColumnKinds;
	options: ParsedImportOptions;
	headerMapping: HeaderMapping;
	reportedRange: { start: string; end: string } | null;
}

/**
 * Decides where every canonical value of a row comes from. Throws ImportError when the file
 * cannot give a row its date or market at all, naming what the user can do about it.
 */
export function buildPlan({
	raw,
	columns,
	kinds,
	options,
	headerMapping,
	reportedRange
}: PlanInput): ImportPlan {
	const file = options.fileName;
	const dated = (
		field: 'date' | 'published_at' | 'period_start' | 'period_end'
	): DatedColumn | null => {
		const column = columnFor(columns, field);
		if (!column) return null;
		const chosen = kinds.dateFormats.get(column.index);
		if (chosen?.problem) {
			const { code, params } = chosen.problem;
			throw new ImportError(problem(code, { ...params, file, column: column.header }));
		}
		if (!chosen?.format) {
			if (field !== 'date') return null;
			throw new ImportError(
				problem('problem_import_date_unreadable', { file, column: column.header })
			);
		}
		return { column, format: chosen.format };
	};

	let date: DateSource;
	const lifetimeColumn = columns.find((c) => c.field === 'date' && kinds.lifetimeOnly.has(c.index));
	const dateColumn = lifetimeColumn ? null : dated('date');
	const published = dated('published_at');
	if (lifetimeColumn && !published)
		throw new ImportError(
			problem('problem_import_lifetime_only', { file, column: lifetimeColumn.header })
		);
	const windowStart = dated('period_start');
	if (options.date) date = { kind: 'given', date: options.date };
	else if (dateColumn)
		date = {
			kind: 'column',
			date: dateColumn,
			grain: headerMapping.dateGrain === 'week' ? 'week' : 'day',
			published
		};
	else if (published) date = { kind: 'published', published };
	else if (windowStart) date = { kind: 'window', start: windowStart, end: dated('period_end') };
	else
		throw new ImportError(
			problem('problem_import_no_date_column', { file, count: columns.length })
		);

	const marketColumn = columnFor(columns, 'market');
	let market: ImportPlan['market'];
	if (options.market) market = { kind: 'given', code: options.market };
	else if (marketColumn) market = { kind: 'column', column: marketColumn };
	else throw new ImportError(problem('problem_import_no_market_column', { file }));

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
			fallback: headerMapping.platform === 'generic' ? null : headerMapping.platform
		},
		reportedRange,
		markets: options.markets ?? null,
		countryCodes: market.kind === 'column' ? countryCodes() : new Map(),
		extraText,
		extraNumeric: columns.filter((c) => c.field === null && kinds.numericExtras.has(c.index)),
		identity: identityColumns(columns, extraText)
	};
}
