import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { parseDecisionFilters } from './decision-log';
import { ignoredFilterReason } from './ignored-filter-label';

const choices = { markets: ['MX', 'BR'], metrics: ['spend'], authors: ['acc-lucia'] };
const { ignored } = parseDecisionFilters(
	new URLSearchParams('kind=decree&market=ZZ&metric=er&author=acc-x&status=closed&hidden=yes'),
	choices
);

describe('the reason a filter of the address was ignored', () => {
	afterEach(() => overwriteGetLocale(() => baseLocale));

	it('reads in English as the decision log says it, for every filter', () => {
		expect(ignored.map((filter) => filter.param)).toEqual([
			'kind',
			'market',
			'metric',
			'author',
			'status',
			'hidden'
		]);
		for (const filter of ignored) expect(ignoredFilterReason(filter.param)).toBe(filter.message);
	});

	it('reads in the reader’s language, with the values the address takes as they are', () => {
		overwriteGetLocale(() => 'es');
		expect(ignoredFilterReason('market')).toBe('no es un mercado de esta campaña');
		overwriteGetLocale(() => 'pt');
		expect(ignoredFilterReason('status')).toBe(
			'não é uma situação: use all, open, settled, recorded'
		);
	});
});
