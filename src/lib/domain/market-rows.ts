import { z } from 'zod';
import type { Market } from './campaign';
import { cellKey, isBlankRow, type RowInput, type RowsResult } from './form-rows';
import {
	currencyField,
	localeField,
	marketCodeField,
	nameField,
	timeZoneField
} from './market-fields';
import { issueProblem, problem, type Problem } from './problem';

/** The columns of the markets form, in the order they are shown. */
export const MARKET_FIELDS = ['code', 'name', 'currency', 'timeZone', 'locale'] as const;

/** One market row as typed. */
export type MarketRow = RowInput<(typeof MARKET_FIELDS)[number]>;

/** The field prefix of market rows in a form. */
export const MARKET_PREFIX = 'market';

const marketRowSchema = z.object({
	code: marketCodeField,
	name: nameField,
	currency: currencyField,
	timeZone: timeZoneField,
	locale: localeField
});

/**
 * Reads the markets typed in a form: blank rows are ignored, every other row is checked field
 * by field, and a code used twice is refused on its second row. At least one market is needed.
 */
export function readMarketRows(rows: readonly MarketRow[]): RowsResult<Market[]> {
	const errors: Record<string, Problem> = {};
	const markets: Market[] = [];
	const seen = new Map<string, number>();
	rows.forEach((row, index) => {
		if (isBlankRow(row)) return;
		const parsed = marketRowSchema.safeParse(row);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				errors[cellKey(MARKET_PREFIX, index, String(issue.path[0]))] ??= issueProblem(issue);
			}
			return;
		}
		const first = seen.get(parsed.data.code);
		if (first !== undefined) {
			errors[cellKey(MARKET_PREFIX, index, 'code')] = problem('problem_market_repeated', {
				code: parsed.data.code,
				row: first + 1
			});
			return;
		}
		seen.set(parsed.data.code, index);
		markets.push(parsed.data);
	});
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	if (markets.length === 0) {
		return { ok: false, errors: { [MARKET_PREFIX]: problem('problem_no_market') } };
	}
	return { ok: true, value: markets };
}

/** Market rows showing a campaign's markets, for a form to start from. */
export function toMarketRows(markets: readonly Market[]): MarketRow[] {
	return markets.map(({ code, name, currency, timeZone, locale }) => ({
		code,
		name,
		currency,
		timeZone,
		locale
	}));
}
