import { describe, expect, it } from 'vitest';
import { canonicalLocale, canonicalTimeZone } from './market-fields';
import { readMarketRows, toMarketRows, type MarketRow } from './market-rows';

const us: MarketRow = {
	code: 'US',
	name: 'United States',
	currency: 'USD',
	timeZone: 'America/New_York',
	locale: 'en-US'
};
const br: MarketRow = {
	code: 'br',
	name: ' Brasil ',
	currency: 'brl',
	timeZone: 'america/sao_paulo',
	locale: 'pt-br'
};
const blank: MarketRow = { code: '', name: '', currency: '', timeZone: ' ', locale: '' };

describe('reading market rows', () => {
	it('reads good rows, writing codes, time zones and locales as Intl does and skipping blank rows', () => {
		expect(readMarketRows([us, blank, br])).toEqual({
			ok: true,
			value: [
				us,
				{
					code: 'BR',
					name: 'Brasil',
					currency: 'BRL',
					timeZone: 'America/Sao_Paulo',
					locale: 'pt-BR'
				}
			]
		});
	});

	it('refuses malformed codes with a message per cell, keyed by the row shown', () => {
		const result = readMarketRows([
			us,
			{ ...us, code: 'USA', currency: 'US$', name: '' },
			{ ...us, code: 'M1', currency: 'ABC' }
		]);
		expect(result).toEqual({
			ok: false,
			errors: {
				'market.1.code': { code: 'problem_market_code' },
				'market.1.name': { code: 'problem_name_missing', params: { minimum: 1 } },
				'market.1.currency': { code: 'problem_currency_code' },
				'market.2.code': { code: 'problem_market_code' },
				'market.2.currency': { code: 'problem_currency_unknown' }
			}
		});
	});

	it('refuses a code used twice on its second row, whatever its case', () => {
		expect(readMarketRows([br, us, { ...br, name: 'Brazil again' }])).toEqual({
			ok: false,
			errors: {
				'market.2.code': { code: 'problem_market_repeated', params: { code: 'BR', row: 1 } }
			}
		});
	});

	it('refuses time zones that are not IANA names, offsets included', () => {
		for (const timeZone of ['America/Sao_Paolo', '+03:00', 'GMT-3 Brasilia', 'Mars/Olympus']) {
			const result = readMarketRows([{ ...us, timeZone }]);
			expect(result.ok).toBe(false);
			if (!result.ok) {
				expect(result.errors['market.0.timeZone']).toEqual({
					code: 'problem_time_zone_unknown',
					params: { value: timeZone }
				});
			}
		}
		expect(canonicalTimeZone('UTC')).toBe('UTC');
		expect(canonicalTimeZone('america/mexico_city')).toBe('America/Mexico_City');
		expect(canonicalTimeZone('America/Argentina/Buenos_Aires')).toBe(
			'America/Argentina/Buenos_Aires'
		);
	});

	it('refuses locales that are not BCP 47 tags', () => {
		for (const locale of ['pt_BR', 'portuguese (brazil)', 'x', 'zz-QQ']) {
			const result = readMarketRows([{ ...us, locale }]);
			expect(result).toEqual({
				ok: false,
				errors: {
					'market.0.locale': { code: 'problem_locale_unknown', params: { value: locale } }
				}
			});
		}
		expect(canonicalLocale('es-419')).toBe('es-419');
		expect(canonicalLocale('EN-us')).toBe('en-US');
	});

	it('needs at least one market, and says so when every row is blank', () => {
		expect(readMarketRows([blank])).toEqual({
			ok: false,
			errors: { market: { code: 'problem_no_market' } }
		});
	});

	it('gives back a campaign’s markets as rows that read to the same markets', () => {
		const read = readMarketRows([us, br]);
		if (!read.ok) throw new Error('expected good rows');
		expect(readMarketRows(toMarketRows(read.value))).toEqual(read);
	});
});
